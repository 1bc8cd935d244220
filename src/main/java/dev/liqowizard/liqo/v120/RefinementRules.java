package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.YesNo;

/**
 * Which refinements v1.2.0 uses. One that would be ignored is refused with the reason, so a
 * shared link never carries an answer the files do not use; {@link RefinementQuestions} asks
 * exactly the ones accepted here.
 */
final class RefinementRules {

	/** The refinements of the v0.3.2 auth service, which v1 does not have. */
	static final List<ClusterField> V032_ONLY = List.of(ClusterField.AUTH, ClusterField.INGRESS_HOST,
			ClusterField.INGRESS_CLASS, ClusterField.NAT_AUTH_PORT);

	static final Set<String> V032_ONLY_KEYS = V032_ONLY.stream()
		.map(ClusterField::key)
		.collect(Collectors.toUnmodifiableSet());

	private RefinementRules() {
	}

	static List<Problem> problems(Answers answers, Connectivity connectivity) {
		List<Problem> problems = new ArrayList<>();
		for (ClusterAnswers cluster : answers.clusters()) {
			Rules rules = new Rules(answers, connectivity, cluster, problems);
			rules.authServiceOnly();
			rules.loadBalancer();
			rules.natApiPort();
			rules.natGatewayPort();
			rules.address();
		}
		return problems;
	}

	/** Whether {@code lb} changes this plan: it decides whether the gateway server may run here. */
	static boolean loadBalancerMatters(Answers answers, Connectivity connectivity, Side side) {
		Reach reach = Reach.of(answers.cluster(side), answers.network());
		if (reach != Reach.PUBLIC_ONPREM && reach != Reach.PRIVATE_ONPREM) {
			return false;
		}
		Connectivity.Direction first = connectivity.directions().get(0);
		Optional<Side> here = Optional.of(side);
		return Connectivity.server(answers, first, here, Optional.of(YesNo.YES)).equals(here)
				|| Connectivity.server(answers, first, here, Optional.of(YesNo.NO)).equals(here);
	}

	/** Whether the router port of the API server is used: a provider behind NAT over the Internet. */
	static boolean natApiPortApplies(Answers answers, Connectivity connectivity, Side side) {
		return Reach.of(answers.cluster(side), answers.network()) == Reach.NAT_ONPREM
				&& connectivity.role(side).provides();
	}

	/** Whether a router port for the gateway may be given: both clusters behind NAT over the Internet. */
	static boolean natGatewayPortApplies(Answers answers, Side side) {
		return Reach.of(answers.cluster(side), answers.network()) == Reach.NAT_ONPREM
				&& Reach.of(answers.cluster(side.other()), answers.network()) == Reach.NAT_ONPREM;
	}

	/** The rules of one cluster. */
	private record Rules(Answers answers, Connectivity connectivity, ClusterAnswers cluster, List<Problem> problems) {

		Reach reach() {
			return Reach.of(this.cluster, this.answers.network());
		}

		String who() {
			return Words.who(this.cluster);
		}

		void authServiceOnly() {
			for (ClusterField field : V032_ONLY) {
				if (this.cluster.has(field)) {
					problem(field, "is for Liqo v0.3.2 only: there is no auth service in v1, so there is nothing to "
							+ "expose or forward for it. Leave it out.");
				}
			}
		}

		void loadBalancer() {
			if (!this.cluster.has(ClusterField.LB)) {
				return;
			}
			switch (reach()) {
				case CLOUD -> problem(ClusterField.LB, "applies only to on-premise clusters: a managed cloud always "
						+ "provides LoadBalancer Services. Leave it out.");
				case NAT_ONPREM -> problem(ClusterField.LB, "makes no difference behind NAT: " + who() + " either "
						+ "dials out as the gateway client or runs the gateway server as a NodePort behind the "
						+ "router's forward. Leave it out.");
				default -> {
					if (!loadBalancerMatters(this.answers, this.connectivity, this.cluster.side())) {
						ClusterAnswers peer = this.answers.cluster(this.cluster.side().other());
						problem(ClusterField.LB, "makes no difference here: the gateway server runs on "
								+ Words.who(peer) + " in any case, and " + who() + " only dials out to it as the "
								+ "gateway client. Leave it out.");
					}
				}
			}
		}

		void natApiPort() {
			if (!this.cluster.has(ClusterField.NAT_API_PORT)) {
				return;
			}
			if (reach() != Reach.NAT_ONPREM) {
				notBehindNat(ClusterField.NAT_API_PORT);
			}
			else if (!natApiPortApplies(this.answers, this.connectivity, this.cluster.side())) {
				problem(ClusterField.NAT_API_PORT, who() + " only offloads (it is the consumer), so the peer never "
						+ "reaches its API server and there is nothing to forward. Leave it out, or choose a peering "
						+ "direction in which " + this.cluster.name() + " provides.");
			}
		}

		void natGatewayPort() {
			if (!this.cluster.has(ClusterField.NAT_GATEWAY_PORT)) {
				return;
			}
			ClusterAnswers peer = this.answers.cluster(this.cluster.side().other());
			if (reach() != Reach.NAT_ONPREM) {
				notBehindNat(ClusterField.NAT_GATEWAY_PORT);
			}
			else if (!natGatewayPortApplies(this.answers, this.cluster.side())) {
				problem(ClusterField.NAT_GATEWAY_PORT, "is not needed: " + who() + " runs the gateway client, which "
						+ "dials out to the gateway server on " + Words.who(peer) + ", and the server learns the "
						+ "client's address from its handshakes. No forward on this router; leave it out.");
			}
			else if (this.cluster.side() == Side.B && peer.natGatewayPort().isPresent()) {
				problem(ClusterField.NAT_GATEWAY_PORT, "One forward is enough: the tunnel has a single gateway "
						+ "server, and both clusters give a router port for it. Keep the router port for the network "
						+ "gateway on one cluster only; the plan runs the server behind that router.");
			}
		}

		void address() {
			if (!this.cluster.has(ClusterField.ADDRESS) || reach() != Reach.NAT_ONPREM) {
				return;
			}
			Side side = this.cluster.side();
			boolean api = natApiPortApplies(this.answers, this.connectivity, side)
					&& this.cluster.natApiPort().isPresent();
			boolean gateway = this.connectivity.server().equals(Optional.of(side))
					&& this.cluster.natGatewayPort().isPresent();
			if (!api && !gateway) {
				problem(ClusterField.ADDRESS, "is not used: " + who() + " is behind NAT and, in this plan, nothing "
						+ "reaches it through its router (it dials out). The router's address is needed only with a "
						+ "forward: the router port for the API server of a provider, or for the network gateway when "
						+ "both clusters are behind NAT. Leave it out, or add that forward.");
			}
		}

		private void notBehindNat(ClusterField field) {
			if (this.cluster.location() == Location.ONPREM_NAT) {
				problem(field, "applies only over the Internet: on a LAN or a routed network the peer reaches "
						+ who() + " directly, without port forwards. Leave it out.");
			}
			else {
				problem(field, "applies only to a cluster behind NAT: it is a port forwarded on the NAT router, and "
						+ who() + " is not behind one. Leave it out.");
			}
		}

		private void problem(ClusterField field, String message) {
			this.problems.add(new Problem(field.parameter(this.cluster.side()), message));
		}

	}

}
