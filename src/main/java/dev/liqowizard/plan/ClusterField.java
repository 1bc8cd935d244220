package dev.liqowizard.plan;

/** The per-cluster parameters, in canonical URL order; the URL spells them {@code a.<name>}. */
public enum ClusterField {

	NAME("name"),

	LOCATION("location"),

	DISTRIBUTION("distribution"),

	ADDRESS("address"),

	AUTH("auth"),

	INGRESS_HOST("ingressHost"),

	INGRESS_CLASS("ingressClass"),

	LB("lb"),

	POD_CIDR("podCidr"),

	SERVICE_CIDR("serviceCidr"),

	NAT_AUTH_PORT("natAuthPort"),

	NAT_API_PORT("natApiPort"),

	NAT_GATEWAY_PORT("natGatewayPort");

	private final String key;

	ClusterField(String key) {
		this.key = key;
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
