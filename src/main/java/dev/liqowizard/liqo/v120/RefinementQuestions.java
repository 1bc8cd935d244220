package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.Choice;
import dev.liqowizard.plan.Cidr;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.YesNo;

/** The refinements v1.2.0 asks, exactly those {@link RefinementRules} accepts for these answers. */
final class RefinementQuestions {

	private RefinementQuestions() {
	}

	static List<Refinement> of(Answers answers) {
		Connectivity connectivity = Connectivity.of(answers);
		List<Refinement> questions = new ArrayList<>();
		for (ClusterAnswers cluster : answers.clusters()) {
			Questions ask = new Questions(cluster, questions);
			Reach reach = Reach.of(cluster, answers.network());
			boolean provides = connectivity.role(cluster.side()).provides();
			switch (reach) {
				case CLOUD -> ask.text(ClusterField.ADDRESS, "API server endpoint", null, "The endpoint your cloud "
						+ "gives the API server, like myaks-dns-1a2b.hcp.westeurope.azmk8s.io. liqoctl finds it "
						+ "itself; the Helm values need it as apiServer.address.");
				case PUBLIC_ONPREM -> ask.text(ClusterField.ADDRESS, "Public address", null, "The public IP or DNS "
						+ "name of " + cluster.name() + "'s API server (port " + Connectivity.API_SERVER_PORT + ")"
						+ (provides ? ": the consumer reaches it there, and the files need it." : "."));
				case PRIVATE_ONPREM -> ask.text(ClusterField.ADDRESS, "Address the peer routes to", null,
						"Optional: the address of " + cluster.name() + "'s API server that the peer routes to; "
								+ "without it Liqo advertises the control-plane node's address, port "
								+ Connectivity.API_SERVER_PORT + ".");
				case NAT_ONPREM -> {
					boolean api = RefinementRules.natApiPortApplies(answers, connectivity, cluster.side());
					boolean gateway = RefinementRules.natGatewayPortApplies(answers, cluster.side());
					if (api || gateway) {
						ask.text(ClusterField.ADDRESS, "Public address of the NAT router", null, "The router's public "
								+ "IP or DNS name; needed with a forward below.");
					}
					if (api) {
						ask.text(ClusterField.NAT_API_PORT, "Router port for the API server (TCP)", null,
								"Leave it empty and the consumer reaches the API server in-band, through the tunnel. "
										+ "Give a port to forward it from the router to port "
										+ Connectivity.API_SERVER_PORT + " of the control-plane node instead.");
					}
					if (gateway) {
						ask.text(ClusterField.NAT_GATEWAY_PORT, "Router port for the network gateway (UDP)", null,
								"Both clusters are behind NAT: one router, and only one, must forward a UDP port to "
										+ "the gateway server, which then runs behind it. A port from 30000 to 32767 "
										+ "is also used as the server's NodePort.");
					}
				}
			}
			if (RefinementRules.loadBalancerMatters(answers, connectivity, cluster.side())) {
				ask.choice(ClusterField.LB, "Has a LoadBalancer implementation",
						List.of(YesNo.YES.value(), YesNo.NO.value()), YesNo.NO.value(), "MetalLB, or ServiceLB on "
								+ "K3s. With one, the gateway server may run here as a LoadBalancer; without, as a "
								+ "NodePort (a LoadBalancer that nothing serves makes liqoctl peer wait 10 minutes and "
								+ "fail).");
			}
			ask.text(ClusterField.POD_CIDR, "Pod CIDR", cluster.distribution()
				.flatMap(Distribution::defaultPodCidr)
				.map(Cidr::toString)
				.orElse(null), "The range pod IPs come from; Liqo remaps it where it overlaps the peer's.");
			ask.text(ClusterField.SERVICE_CIDR, "Service CIDR", cluster.distribution()
				.flatMap(Distribution::defaultServiceCidr)
				.map(Cidr::toString)
				.orElse(null), "The range ClusterIPs come from; Liqo needs it too.");
		}
		// The one question about the pair: who offloads onto whom (the wizard asks it on its own step).
		questions.add(Refinement.global(Parameters.PEERING, "Direction of offloading",
				Choice.values(Peering.class), Optional.of(Peering.A_TO_B.value()),
				"A v1 peering goes one way: the consumer offloads pods onto the provider. Both makes each "
						+ "cluster both, over one tunnel."));
		return questions;
	}

	/** Adds the questions of one cluster. */
	private record Questions(ClusterAnswers cluster, List<Refinement> questions) {

		void text(ClusterField field, String label, String defaultValue, String why) {
			this.questions.add(Refinement.of(this.cluster.side(), field, label, List.of(),
					Optional.ofNullable(defaultValue), why));
		}

		void choice(ClusterField field, String label, List<String> choices, String defaultValue, String why) {
			this.questions.add(Refinement.of(this.cluster.side(), field, label, choices,
					Optional.ofNullable(defaultValue), why));
		}

	}

}
