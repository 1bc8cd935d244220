package dev.liqowizard.plan;

/**
 * What a cluster does in the peering. In v0.3.2 a peering is mutual: both clusters are peers
 * that may offload to each other. From v1 a peering has a direction: the consumer offloads onto
 * the provider, and {@code both} makes each cluster both.
 */
public enum Role implements Choice {

	PEER("peer", "Peer"),

	CONSUMER("consumer", "Consumer"),

	PROVIDER("provider", "Provider"),

	BOTH("both", "Consumer and provider");

	private final String value;

	private final String label;

	Role(String value, String label) {
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

	/** Whether this cluster offloads pods onto the other. */
	public boolean consumes() {
		return this != PROVIDER;
	}

	/** Whether the other cluster offloads pods onto this one. */
	public boolean provides() {
		return this != CONSUMER;
	}

}
