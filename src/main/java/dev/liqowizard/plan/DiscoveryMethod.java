package dev.liqowizard.plan;

/** How the clusters find and authenticate each other before peering. */
public enum DiscoveryMethod implements Choice {

	/** Automatic on one L2 segment. */
	MDNS("mdns", "mDNS on the LAN"),

	/** {@code liqoctl add cluster} with a known auth URL, or DNS records found through a SearchDomain. */
	MANUAL_OR_DNS("manual-or-dns", "liqoctl add cluster with the peer's auth URL, or DNS discovery"),

	/** {@code liqoctl add cluster} with the peer's auth URL, cluster ID and token. */
	AUTH_URL("auth-url", "liqoctl add cluster with the peer's auth URL"),

	/** v1: {@code liqoctl peer} from a machine that holds both clusters' kubeconfigs. */
	LIQOCTL_PEER("liqoctl-peer", "liqoctl peer with both clusters' kubeconfigs");

	private final String value;

	private final String title;

	DiscoveryMethod(String value, String title) {
		this.value = value;
		this.title = title;
	}

	@Override
	public String value() {
		return this.value;
	}

	public String title() {
		return this.title;
	}

}
