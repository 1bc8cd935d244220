package dev.liqowizard.liqo.v032;

import java.util.List;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Discovery;
import dev.liqowizard.plan.DiscoveryMethod;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Side;

/**
 * How the clusters find and authenticate each other in v0.3.2. Authentication is on by default,
 * so every method ends with each cluster holding the other's token; {@code liqoctl add cluster}
 * stores it, a discovered peer waits for it (research: {@code docs/research/v032-runtime.md}).
 */
final class DiscoveryPlanner {

	private DiscoveryPlanner() {
	}

	static Discovery plan(Answers answers, List<ClusterPlan> clusters) {
		String a = clusters.get(Side.A.ordinal()).name();
		String b = clusters.get(Side.B.ordinal()).name();
		String first = "Run install-" + a + ".sh with the kubectl context of " + a + ", and install-" + b
				+ ".sh with the context of " + b + ". Each shows the context and API server it is about to change "
				+ "and asks before going on (--yes skips the question), installs Liqo, waits until it is ready and "
				+ "prints the cluster's peering values: auth URL, cluster ID and token.";
		String peer = "Run install-" + b + ".sh again with the values " + a + " printed (PEER_AUTH_URL, "
				+ "PEER_CLUSTER_ID, PEER_TOKEN): it checks that the auth service of " + a + " answers with that "
				+ "cluster ID, then peers with liqoctl add cluster, and " + b + " can offload to " + a + ". Do the "
				+ "same the other way round if " + a + " should offload to " + b + " too.";
		String verify = "Check with kubectl get foreignclusters: outgoing peering, networking and authentication "
				+ "read Established, and kubectl get nodes lists a virtual node liqo-<cluster ID of the peer>, "
				+ "Ready (the scripts wait for both).";
		Network network = answers.network();
		return switch (network) {
			case INTERNET -> new Discovery(DiscoveryMethod.AUTH_URL, "Over the Internet the clusters do not find "
					+ "each other: you peer them with liqoctl add cluster, giving it the auth URL, cluster ID and "
					+ "token of the other side, which liqoctl generate-add-command prints there.",
					List.of(first, peer, verify));
			case LAN -> new Discovery(DiscoveryMethod.MDNS, "On one LAN the clusters find each other with mDNS: "
					+ "each lists the other as a ForeignCluster within a minute. Liqo v0.3.2 still authenticates "
					+ "peers, so the peering waits (authentication status EmptyDenied) until each cluster holds the "
					+ "other's token.",
					List.of(first, "Watch the peer appear: kubectl get foreignclusters on " + a
							+ " lists " + b + " and the other way round (the install scripts wait for it).",
							"Give each cluster the other's token: run install-" + b + ".sh again with "
									+ "PEER_CLUSTER_ID and PEER_TOKEN from " + a + ", and install-" + a
									+ ".sh with those of " + b + ". The script stores the token in a Secret "
									+ "remote-token-<cluster ID>.",
							verify));
			case ROUTED -> new Discovery(DiscoveryMethod.MANUAL_OR_DNS, "mDNS does not cross routers. Either "
					+ "peer with liqoctl add cluster and the other's auth URL, cluster ID and token (the install "
					+ "scripts do this), or publish DNS records (PTR, SRV, A) for the auth servers and create a "
					+ "SearchDomain that finds them. liqoctl add cluster reuses the ForeignCluster that already "
					+ "exists for a cluster ID (made by the peering in the other direction, or by DNS discovery) and "
					+ "turns its outgoing peering on; a second ForeignCluster applied by hand would be skipped.",
					List.of(first, peer, "For DNS discovery instead, create the records and the SearchDomain that "
							+ "the bundle README shows. The discovered cluster still needs the other's token and "
							+ "outgoing peering: run the install script with the peer's values as above, and liqoctl "
							+ "add cluster stores the token and turns outgoing peering on for the discovered "
							+ "ForeignCluster.", verify));
		};
	}

}
