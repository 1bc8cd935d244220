package dev.liqowizard.liqo.v032;

import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;

/**
 * A row of PRODUCT.md's exposure table: where a cluster runs as seen from its peer. Behind NAT
 * only matters over the Internet; on a LAN or a routed network an on-premise cluster is reached
 * directly, whatever its Internet uplink does.
 */
enum Placement {

	CLOUD("Cloud", "LoadBalancer/ingress", "Provided", "LoadBalancer"),

	PUBLIC_ONPREM("On-prem", "LoadBalancer/ingress", "Ingress/Public IP", "LoadBalancer"),

	NAT_ONPREM("On-prem behind NAT", "NodePort with port-forwarding", "Port-forwarding",
			"NodePort with port-forwarding"),

	PRIVATE_ONPREM("On-prem", "NodePort", "Exposed", "NodePort");

	private final String label;

	private final String authCell;

	private final String apiCell;

	private final String gatewayCell;

	Placement(String label, String authCell, String apiCell, String gatewayCell) {
		this.label = label;
		this.authCell = authCell;
		this.apiCell = apiCell;
		this.gatewayCell = gatewayCell;
	}

	static Placement of(Location location, Network network) {
		if (location == Location.CLOUD) {
			return CLOUD;
		}
		if (network != Network.INTERNET) {
			return PRIVATE_ONPREM;
		}
		return (location == Location.ONPREM_NAT) ? NAT_ONPREM : PUBLIC_ONPREM;
	}

	/** The column label of the seed tables. */
	String label() {
		return this.label;
	}

	String authCell() {
		return this.authCell;
	}

	String apiCell() {
		return this.apiCell;
	}

	String gatewayCell() {
		return this.gatewayCell;
	}

}
