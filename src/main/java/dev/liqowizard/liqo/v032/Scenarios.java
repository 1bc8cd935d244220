package dev.liqowizard.liqo.v032;

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
import dev.liqowizard.plan.Side;

/**
 * Which scenario a pair of clusters and a network make (PRODUCT.md section 4), and the pairs
 * Liqo v0.3.2 cannot peer. The order of the clusters does not matter.
 */
final class Scenarios {

	private Scenarios() {
	}

	/** Why this pair cannot be peered on this network, if it cannot. */
	static List<Problem> refusals(Answers answers) {
		List<Problem> problems = new ArrayList<>();
		Network network = answers.network();
		if (network == Network.LAN) {
			for (ClusterAnswers cluster : answers.clusters()) {
				if (cluster.location() == Location.CLOUD) {
					problems.add(new Problem(Parameters.NETWORK, cloudOnLan(cluster)));
					break;
				}
			}
		}
		if (network == Network.INTERNET && count(answers, Location.ONPREM_NAT) == 2) {
			problems.add(new Problem(ClusterField.LOCATION.parameter(Side.B), "Both clusters are behind NAT, which "
					+ "Liqo v0.3.2 cannot peer over the Internet: it cannot advertise a public address for the "
					+ "network gateway, so the WireGuard tunnel only comes up when the NAT side connects to a gateway "
					+ "with a public address. Give one cluster a public address (location onprem, with port "
					+ "forwards or a public IP), move one to a cloud, or connect the sites with a VPN and choose "
					+ "network=routed."));
		}
		return problems;
	}

	private static String cloudOnLan(ClusterAnswers cloud) {
		return "Cluster " + cloud.side().id().toUpperCase() + " (" + cloud.name() + ") runs in a managed cloud, "
				+ "which is not on your L2 LAN, so mDNS cannot find it. Choose network=routed if a VPN or "
				+ "interconnect links your LAN to the cloud network, or network=internet.";
	}

	/** The scenario of answers that passed {@link #refusals}. */
	static Scenario of(Answers answers) {
		int clouds = count(answers, Location.CLOUD);
		int nats = count(answers, Location.ONPREM_NAT);
		Network network = answers.network();
		if (clouds == 2) {
			return new Scenario("cloud-to-cloud", "Cloud to cloud",
					"Two managed clusters (AKS, GKE or EKS, in any mix) peered "
							+ ((network == Network.ROUTED) ? "over a private routed network, such as VPC peering or "
									+ "a VPN between the clouds." : "through the Internet.")
							+ " Each cloud gives the API server an endpoint; auth server and network gateway get a "
							+ "LoadBalancer.",
					true);
		}
		if (clouds == 1) {
			if (network == Network.ROUTED) {
				return new Scenario("cloud-to-onprem-routed", "Cloud to on-premise across a routed private network",
						"A managed cluster and an on-premise cluster that reach each other over a private routed "
								+ "network, such as a VPN or an interconnect to the cloud network. The cloud side "
								+ "exposes as it would on the Internet; the on-premise side exposes NodePorts on "
								+ "addresses the cloud can route to.",
						false);
			}
			if (nats == 1) {
				return new Scenario("onprem-nat-to-cloud", "On-premise behind NAT to cloud",
						"An on-premise cluster (K3s or K8s) behind a NAT router, peered through the Internet with a "
								+ "managed cluster. The router forwards ports to the on-premise cluster's NodePorts "
								+ "and API server; the managed cluster exposes LoadBalancers.",
						true);
			}
			return new Scenario("onprem-to-cloud", "On-premise to cloud",
					"An on-premise cluster (K3s or K8s) with a public address, peered through the Internet with a "
							+ "managed cluster (AKS, GKE or EKS).",
					true);
		}
		if (network == Network.LAN) {
			return new Scenario("onprem-to-onprem", "On-premise to on-premise",
					"Two on-premise clusters (K3s or K8s) in the same LAN, one L2 broadcast domain. Services are "
							+ "NodePorts on the node addresses, and Liqo's mDNS discovery finds the peer.",
					true);
		}
		if (network == Network.ROUTED) {
			return new Scenario("onprem-to-onprem-routed", "On-premise to on-premise across L3 networks",
					"Two on-premise clusters in different L3 networks that route to each other, for example over a "
							+ "site-to-site VPN. Services are NodePorts as on a LAN, but mDNS does not cross routers: "
							+ "you peer with liqoctl add cluster and the other's auth URL, or publish DNS records for DNS "
							+ "discovery.",
					true);
		}
		if (nats == 1) {
			return new Scenario("onprem-nat-to-onprem", "On-premise behind NAT to on-premise",
					"An on-premise cluster behind a NAT router, peered through the Internet with an on-premise "
							+ "cluster that has a public address. The router forwards ports to the NAT side; the "
							+ "public side must expose its network gateway on its public address.",
					false);
		}
		return new Scenario("onprem-to-onprem-internet", "On-premise to on-premise over the Internet",
				"Two on-premise clusters, each with a public address, peered through the Internet. Each exposes "
						+ "its services on its public address, through LoadBalancers or an Ingress.",
				false);
	}

	private static int count(Answers answers, Location location) {
		return (int) answers.clusters().stream().filter((cluster) -> cluster.location() == location).count();
	}

}
