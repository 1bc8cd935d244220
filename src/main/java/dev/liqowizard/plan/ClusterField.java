package dev.liqowizard.plan;

import java.util.List;

/** The per-cluster parameters, in canonical URL order; the URL spells them {@code a.<name>}. */
public enum ClusterField {

	NAME("name", null, "A DNS-1123 label: lowercase letters, digits and '-', at most 63 characters.",
			"The cluster's name, as Liqo and the files call it."),

	LOCATION("location", Location.class, null,
			"Where the cluster runs: a managed cloud, on premises with a public or routable address, or on "
					+ "premises behind NAT."),

	DISTRIBUTION("distribution", Distribution.class, null,
			"The Kubernetes distribution; without it the files are distribution-neutral."),

	ADDRESS("address", null, "An IPv4 address or a DNS name.",
			"Where the peer reaches this cluster: its public address, the NAT router's public address, or the "
					+ "managed API endpoint."),

	AUTH("auth", AuthExposure.class, null, "How to expose the auth server where the table allows a choice."),

	INGRESS_HOST("ingressHost", null, "A DNS name.", "The DNS name an Ingress for the auth server serves."),

	INGRESS_CLASS("ingressClass", null, "An ingress class name, like nginx.",
			"The class of the ingress controller that serves the auth server."),

	LB("lb", YesNo.class, null,
			"Whether the on-premise cluster has a LoadBalancer implementation (MetalLB, ServiceLB, ...)."),

	POD_CIDR("podCidr", null, "An IPv4 CIDR, like 10.42.0.0/16.", "The range pod IPs come from."),

	SERVICE_CIDR("serviceCidr", null, "An IPv4 CIDR, like 10.43.0.0/16.", "The range ClusterIPs come from."),

	NAT_AUTH_PORT("natAuthPort", null, "A port from 1 to 65535.",
			"The TCP port the NAT router forwards to the auth server."),

	NAT_API_PORT("natApiPort", null, "A port from 1 to 65535.",
			"The TCP port the NAT router forwards to the Kubernetes API server."),

	NAT_GATEWAY_PORT("natGatewayPort", null, "A port from 1 to 65535.",
			"The UDP port the NAT router forwards to the network gateway.");

	private final String key;

	private final Class<? extends Choice> choices;

	private final String format;

	private final String meaning;

	<E extends Enum<E> & Choice> ClusterField(String key, Class<E> choices, String format, String meaning) {
		this.key = key;
		this.choices = choices;
		this.format = format;
		this.meaning = meaning;
	}

	/** The values a choice allows, in the URL's spelling; empty for free text. */
	public List<String> choices() {
		return (this.choices != null) ? Choice.values(this.choices) : List.of();
	}

	/** What the parser accepts, in words, as its messages say it. */
	public String allowed() {
		return (this.choices != null) ? "Allowed: " + String.join(", ", choices()) + "." : this.format;
	}

	/** What the answer means, for the API's description of its parameters. */
	public String meaning() {
		return this.meaning;
	}

	public String key() {
		return this.key;
	}

	/** The core questions every plan needs; the rest refine the generated files. */
	public boolean isRefinement() {
		return ordinal() > DISTRIBUTION.ordinal();
	}

	public String parameter(Side side) {
		return side.parameter(this.key);
	}

}
