package dev.liqowizard.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The validated answers about one cluster: the core questions (name, location, distribution) and
 * the optional refinements that sharpen the generated files.
 */
public record ClusterAnswers(Side side, String name, Location location, Optional<Distribution> distribution,
		Optional<HostAddress> address, Optional<AuthExposure> auth, Optional<HostAddress> ingressHost,
		Optional<String> ingressClass, Optional<YesNo> lb, Optional<Cidr> podCidr, Optional<Cidr> serviceCidr,
		Optional<Integer> natAuthPort, Optional<Integer> natApiPort, Optional<Integer> natGatewayPort) {

	/** A cluster answered with only the core questions. */
	public static ClusterAnswers of(Side side, String name, Location location, Distribution distribution) {
		return new ClusterAnswers(side, name, location, Optional.ofNullable(distribution), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	public static String defaultName(Side side) {
		return "cluster-" + side.id();
	}

	/** The pod CIDR given, else the distribution's default where it has one. */
	public Optional<Cidr> effectivePodCidr() {
		return this.podCidr.or(() -> this.distribution.flatMap(Distribution::defaultPodCidr));
	}

	/** The service CIDR given, else the distribution's default where it has one. */
	public Optional<Cidr> effectiveServiceCidr() {
		return this.serviceCidr.or(() -> this.distribution.flatMap(Distribution::defaultServiceCidr));
	}

	/** How messages name this cluster: "edge (cluster A)". */
	public String title() {
		return this.name + " (cluster " + this.side.name() + ")";
	}

	/**
	 * An answer about this cluster in words, for messages people read: "the public address of edge
	 * (cluster A)", never the parameter name.
	 */
	public String describe(ClusterField field) {
		String of = " of " + title();
		return switch (field) {
			case NAME -> "the name of cluster " + this.side.name();
			case LOCATION -> "the location" + of;
			case DISTRIBUTION -> "the distribution" + of;
			case ADDRESS -> switch (this.location) {
				case CLOUD -> "the API server endpoint" + of;
				case ONPREM_NAT -> "the public address of the NAT router in front of " + title();
				case ONPREM -> "the public address" + of;
			};
			case AUTH -> "the auth server exposure" + of;
			case INGRESS_HOST -> "the Ingress host" + of;
			case INGRESS_CLASS -> "the ingress class" + of;
			case LB -> "the LoadBalancer answer" + of;
			case POD_CIDR -> "the pod CIDR" + of;
			case SERVICE_CIDR -> "the service CIDR" + of;
			case NAT_AUTH_PORT -> "the router port forwarded to the auth server" + of;
			case NAT_API_PORT -> "the router port forwarded to the API server" + of;
			case NAT_GATEWAY_PORT -> "the router port forwarded to the network gateway" + of;
		};
	}

	/** Whether the user answered a refinement, so that rules can refuse one that does not apply. */
	public boolean has(ClusterField field) {
		return values().containsKey(field);
	}

	/** The answers as the URL spells them, in canonical order; the name is always present. */
	public Map<ClusterField, String> values() {
		Map<ClusterField, String> values = new EnumMap<>(ClusterField.class);
		values.put(ClusterField.NAME, this.name);
		values.put(ClusterField.LOCATION, this.location.value());
		this.distribution.ifPresent((value) -> values.put(ClusterField.DISTRIBUTION, value.value()));
		this.address.ifPresent((value) -> values.put(ClusterField.ADDRESS, value.value()));
		this.auth.ifPresent((value) -> values.put(ClusterField.AUTH, value.value()));
		this.ingressHost.ifPresent((value) -> values.put(ClusterField.INGRESS_HOST, value.value()));
		this.ingressClass.ifPresent((value) -> values.put(ClusterField.INGRESS_CLASS, value));
		this.lb.ifPresent((value) -> values.put(ClusterField.LB, value.value()));
		this.podCidr.ifPresent((value) -> values.put(ClusterField.POD_CIDR, value.toString()));
		this.serviceCidr.ifPresent((value) -> values.put(ClusterField.SERVICE_CIDR, value.toString()));
		this.natAuthPort.ifPresent((value) -> values.put(ClusterField.NAT_AUTH_PORT, value.toString()));
		this.natApiPort.ifPresent((value) -> values.put(ClusterField.NAT_API_PORT, value.toString()));
		this.natGatewayPort.ifPresent((value) -> values.put(ClusterField.NAT_GATEWAY_PORT, value.toString()));
		return values;
	}

}
