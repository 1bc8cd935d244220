package dev.liqowizard.plan;

/** How the dialing cluster reaches what the other cluster listens on. */
public enum Via implements Choice {

	/** Straight to the listener's address: public, on the LAN, or routed. */
	DIRECT("direct"),

	/** Through the WireGuard tunnel, once it is up (v1's {@code liqoctl peer --in-band}). */
	IN_BAND("in-band"),

	/** To the public address of the NAT router in front of the listener, which forwards a port. */
	PORT_FORWARD("port-forward");

	private final String value;

	Via(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return this.value;
	}

}
