package dev.liqowizard.liqo.v120;

import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;

/**
 * Where a cluster runs as its peer sees it. Behind NAT only matters over the Internet: on a LAN
 * or a routed network an on-premise cluster is reached directly, whatever its uplink does.
 */
enum Reach {

	CLOUD("Cloud"),

	PUBLIC_ONPREM("On-prem"),

	NAT_ONPREM("On-prem behind NAT"),

	PRIVATE_ONPREM("On-prem");

	private final String label;

	Reach(String label) {
		this.label = label;
	}

	static Reach of(ClusterAnswers cluster, Network network) {
		if (cluster.location() == Location.CLOUD) {
			return CLOUD;
		}
		if (network != Network.INTERNET) {
			return PRIVATE_ONPREM;
		}
		return (cluster.location() == Location.ONPREM_NAT) ? NAT_ONPREM : PUBLIC_ONPREM;
	}

	/** The column label of the table. */
	String label() {
		return this.label;
	}

	boolean isOnPremise() {
		return this != CLOUD;
	}

}
