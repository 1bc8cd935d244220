package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Scenario;

/**
 * Which scenario a pair of clusters and a network make in v1.2.0 (ids of PRODUCT.md section 4,
 * plus NAT to NAT, which v1.2.0 can peer with one forward), and the pairs it cannot peer.
 */
final class Scenarios {

	private Scenarios() {
	}

	static List<Problem> refusals(Answers answers, Connectivity connectivity) {
		List<Problem> problems = new ArrayList<>();
		Network network = answers.network();
		if (network == Network.LAN) {
			answers.clusters()
				.stream()
				.filter((cluster) -> cluster.location() == Location.CLOUD)
				.findFirst()
				.ifPresent((cloud) -> problems.add(new Problem(Parameters.NETWORK, Words.who(cloud)
						+ " runs in a managed cloud, which is not on your L2 LAN. Choose the routed network if a VPN or "
						+ "an interconnect links your LAN to the cloud network, or the Internet.")));
		}
		if (network == Network.INTERNET && count(answers, Location.ONPREM_NAT) == 2
				&& connectivity.server().isEmpty()) {
			ClusterAnswers provider = answers.cluster(connectivity.directions().get(0).provider());
			ClusterAnswers consumer = answers.cluster(provider.side().other());
			problems.add(new Problem(ClusterField.NAT_GATEWAY_PORT.parameter(provider.side()), "Both "
					+ Words.who(answers.a()) + " and " + Words.who(answers.b()) + " are behind NAT, and Liqo has no "
					+ "relay: the gateway client must reach the gateway server's UDP port, so one router must forward "
					+ "it. Forward a UDP port on the router of " + provider.name() + " (or of " + consumer.name()
					+ ") and give it as that cluster's router port for the network gateway: the plan then runs the "
					+ "gateway server there as a NodePort behind the forward. Otherwise give one cluster a public "
					+ "address, or connect the sites with a VPN and choose the routed network."));
		}
		return problems;
	}

	/** The scenario of answers that passed {@link #refusals}. */
	static Scenario of(Answers answers) {
		int clouds = count(answers, Location.CLOUD);
		int nats = count(answers, Location.ONPREM_NAT);
		Network network = answers.network();
		if (clouds == 2) {
			return new Scenario("cloud-to-cloud", "Cloud to cloud", "Two managed clusters peered "
					+ ((network == Network.ROUTED) ? "over a private routed network, such as VPC peering or a VPN."
							: "through the Internet.")
					+ " The consumer reaches the provider's API endpoint; one cluster runs the gateway server behind "
					+ "a LoadBalancer.", false);
		}
		if (clouds == 1) {
			if (network == Network.ROUTED) {
				return new Scenario("cloud-to-onprem-routed", "Cloud to on-premise across a routed private network",
						"A managed cluster and an on-premise cluster that reach each other over a private routed "
								+ "network. The gateway server runs on the on-premise side, at an address the cloud "
								+ "routes to, so the tunnel stays on the private path.",
						false);
			}
			if (nats == 1) {
				return new Scenario("onprem-nat-to-cloud", "On-premise behind NAT to cloud", "An on-premise "
						+ "cluster behind a NAT router peered with a managed cluster. The NAT side runs the gateway "
						+ "client, which dials out to the cloud's gateway server: no port forwards. When the NAT side "
						+ "provides, the cloud reaches its API in-band through the tunnel.", false);
			}
			return new Scenario("onprem-to-cloud", "On-premise to cloud", "An on-premise cluster with a public "
					+ "address peered through the Internet with a managed cluster; the cloud runs the gateway server.",
					false);
		}
		if (network == Network.LAN) {
			return new Scenario("onprem-to-onprem", "On-premise to on-premise", "Two on-premise clusters on the "
					+ "same LAN. The provider runs the gateway server, a NodePort unless a LoadBalancer "
					+ "implementation exists; APIs are reached at their private addresses.", false);
		}
		if (network == Network.ROUTED) {
			return new Scenario("onprem-to-onprem-routed", "On-premise to on-premise across L3 networks",
					"Two on-premise clusters in different L3 networks that route to each other, for example over a "
							+ "site-to-site VPN. Like a LAN for Liqo v1.2.0: liqoctl peer needs no discovery.",
					false);
		}
		if (nats == 2) {
			return new Scenario("onprem-nat-to-onprem-nat", "On-premise behind NAT to on-premise behind NAT",
					"Two on-premise clusters, each behind a NAT router. One router forwards a UDP port to the "
							+ "gateway server's pinned NodePort; the other side dials it, and the API servers are "
							+ "reached in-band or through forwards.",
					false);
		}
		if (nats == 1) {
			return new Scenario("onprem-nat-to-onprem", "On-premise behind NAT to on-premise", "An on-premise "
					+ "cluster behind a NAT router peered through the Internet with an on-premise cluster that has a "
					+ "public address. The public side runs the gateway server; the NAT side dials out.", false);
		}
		return new Scenario("onprem-to-onprem-internet", "On-premise to on-premise over the Internet",
				"Two on-premise clusters, each with a public address, peered through the Internet.", false);
	}

	private static int count(Answers answers, Location location) {
		return (int) answers.clusters().stream().filter((cluster) -> cluster.location() == location).count();
	}

}
