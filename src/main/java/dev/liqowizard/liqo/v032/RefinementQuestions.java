package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.AuthExposure;
import dev.liqowizard.plan.Cidr;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.YesNo;

/** The refinements v0.3.2 asks per row of the table; {@link RefinementRules} refuses the others. */
final class RefinementQuestions {

	private RefinementQuestions() {
	}

	static List<Refinement> of(Answers answers) {
		List<Refinement> questions = new ArrayList<>();
		for (ClusterAnswers cluster : answers.clusters()) {
			Placement placement = Placement.of(cluster.location(), answers.network());
			Questions ask = new Questions(cluster, questions);
			switch (placement) {
				case CLOUD -> {
					ask.text(ClusterField.ADDRESS, "API server endpoint", null,
							"The endpoint your cloud gives the API server, like myaks-dns-1a2b.hcp.westeurope."
									+ "azmk8s.io. Liqo advertises it to the peer; the files need it.");
					ask.choice(ClusterField.AUTH, "Auth server exposure",
							List.of(AuthExposure.LOADBALANCER.value(), AuthExposure.INGRESS.value()),
							AuthExposure.LOADBALANCER.value(), "A LoadBalancer needs nothing else; an Ingress "
									+ "saves a public IP but needs an ingress controller and a DNS name.");
					ingress(ask);
				}
				case PUBLIC_ONPREM -> {
					ask.text(ClusterField.ADDRESS, "Public address", null, "The public IP or DNS name of "
							+ cluster.name() + "; the peer reaches its API server there on port "
							+ ClusterPlanner.API_SERVER_PORT + ". The files need it.");
					ask.choice(ClusterField.LB, "Has a LoadBalancer implementation", List.of(YesNo.YES.value(), YesNo.NO.value()), YesNo.YES.value(),
							"MetalLB, or ServiceLB on K3s. Without one, auth server and gateway become NodePorts "
									+ "on the nodes' public addresses.");
					ask.choice(ClusterField.AUTH, "Auth server exposure",
							List.of(AuthExposure.LOADBALANCER.value(), AuthExposure.INGRESS.value(),
									AuthExposure.NODEPORT.value()),
							"loadbalancer (nodeport without a LoadBalancer implementation)",
							"Where the peer reaches the auth server: a LoadBalancer IP, an Ingress host name, or a "
									+ "NodePort on a node's public address.");
					ingress(ask);
				}
				case NAT_ONPREM -> {
					ask.text(ClusterField.ADDRESS, "Public address of the NAT router", null, "The router's "
							+ "public IP or DNS name; Liqo advertises it for the auth server and the API server. "
							+ "The files need it.");
					ask.text(ClusterField.NAT_AUTH_PORT, "Router port for the auth server (TCP)",
							String.valueOf(ClusterPlanner.AUTH_PORT),
							"The external port forwarded to the liqo-auth NodePort.");
					ask.text(ClusterField.NAT_API_PORT, "Router port for the API server (TCP)",
							String.valueOf(ClusterPlanner.API_SERVER_PORT),
							"The external port forwarded to port 6443 of the control-plane node.");
					ask.text(ClusterField.NAT_GATEWAY_PORT, "Router port for the network gateway (UDP)",
							String.valueOf(ClusterPlanner.GATEWAY_PORT),
							"The external port forwarded to the liqo-gateway NodePort.");
				}
				case PRIVATE_ONPREM -> ask.text(ClusterField.ADDRESS, "Address the peer routes to", null,
						"Optional: the node address of " + cluster.name() + " that the peer reaches; without it "
								+ "Liqo advertises the control-plane node's own address, port 6443.");
			}
			ask.text(ClusterField.POD_CIDR, "Pod CIDR",
					cluster.distribution().flatMap((d) -> d.defaultPodCidr()).map(Cidr::toString).orElse(null),
					"The range pod IPs come from. Liqo's network manager needs it to remap ranges that "
							+ "overlap with the peer's.");
			ask.text(ClusterField.SERVICE_CIDR, "Service CIDR",
					cluster.distribution().flatMap((d) -> d.defaultServiceCidr()).map(Cidr::toString).orElse(null),
					"The range ClusterIPs come from; Liqo's network manager needs it too.");
		}
		return questions;
	}

	/** The Ingress's host and class go with an auth server exposed through an Ingress ({@link RefinementRules}). */
	private static void ingress(Questions ask) {
		ask.withIngress(ClusterField.INGRESS_HOST, "Ingress host (with Ingress)",
				"The DNS name the Ingress serves, which Liqo advertises as the auth address.");
		ask.withIngress(ClusterField.INGRESS_CLASS, "Ingress class (with Ingress)",
				"The ingress controller's class, like nginx; without it the cluster's default class is used.");
	}

	/** Adds the questions of one cluster. */
	private record Questions(ClusterAnswers cluster, List<Refinement> questions) {

		void text(ClusterField field, String label, String defaultValue, String why) {
			this.questions.add(Refinement.of(this.cluster.side(), field, label, List.of(),
					Optional.ofNullable(defaultValue), why));
		}

		void withIngress(ClusterField field, String label, String why) {
			this.questions.add(Refinement.of(this.cluster.side(), field, label, List.of(), Optional.empty(), why)
				.askedOnlyWhen(ClusterField.AUTH, AuthExposure.INGRESS.value()));
		}

		void choice(ClusterField field, String label, List<String> choices, String defaultValue, String why) {
			this.questions.add(Refinement.of(this.cluster.side(), field, label, choices,
					Optional.ofNullable(defaultValue), why));
		}

	}

}
