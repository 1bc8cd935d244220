package dev.liqowizard.plan;

/** How the two clusters reach each other. */
public enum Network implements Choice {

	/** Over the public Internet. */
	INTERNET("internet"),

	/** One L2 broadcast domain, where mDNS works. */
	LAN("lan"),

	/** Private but routed: different L3 subnets, for example a site-to-site VPN. */
	ROUTED("routed");

	private final String value;

	Network(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return this.value;
	}

}
