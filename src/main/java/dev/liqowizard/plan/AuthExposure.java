package dev.liqowizard.plan;

/** How the Liqo authentication server is reached from the peer. */
public enum AuthExposure implements Choice {

	LOADBALANCER("loadbalancer", "LoadBalancer"),

	INGRESS("ingress", "Ingress"),

	NODEPORT("nodeport", "NodePort");

	private final String value;

	private final String label;

	AuthExposure(String value, String label) {
		this.value = value;
		this.label = label;
	}

	@Override
	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

}
