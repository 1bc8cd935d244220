package dev.liqowizard.plan;

/**
 * A Liqo service that the peer may have to reach: a row of the exposure table. Each release lists
 * its own rows in its cluster plans.
 */
public enum Service {

	AUTH_SERVER("authServer", "Auth Server", Protocol.TCP, "HTTPS/TCP"),

	API_SERVER("apiServer", "API server", Protocol.TCP, "HTTPS/TCP"),

	NETWORK_GATEWAY("networkGateway", "Network gateway", Protocol.UDP, "WireGuard/UDP"),

	/** v1's row for the API server: only a provider's is reached, by its consumer. */
	KUBERNETES_API_SERVER("apiServer", "Kubernetes API server", Protocol.TCP, "HTTPS/TCP");

	private final String key;

	private final String label;

	private final Protocol protocol;

	private final String transport;

	Service(String key, String label, Protocol protocol, String transport) {
		this.key = key;
		this.label = label;
		this.protocol = protocol;
		this.transport = transport;
	}

	/** The key in the JSON {@code exposure} object. */
	public String key() {
		return this.key;
	}

	/** The row header of the seed tables. */
	public String label() {
		return this.label;
	}

	/** The transport the peer uses to reach it. */
	public Protocol protocol() {
		return this.protocol;
	}

	/** What travels between the clusters for this service, like "WireGuard/UDP". */
	public String transport() {
		return this.transport;
	}

}
