package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.AuthExposure;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.YesNo;

/**
 * Which refinements make sense for a cluster's row of the table in v0.3.2. A refinement that
 * would be ignored is refused, so a shared link never carries an answer the page does not use.
 */
final class RefinementRules {

	private RefinementRules() {
	}

	static List<Problem> problems(Answers answers) {
		List<Problem> problems = new ArrayList<>();
		answers.peering()
			.ifPresent((peering) -> problems.add(new Problem(Parameters.PEERING, "applies only to liqo=v1.2.0, "
					+ "where a peering goes one way. In v0.3.2 a peering lets both clusters offload to each other; "
					+ "leave peering out.")));
		for (ClusterAnswers cluster : answers.clusters()) {
			Placement placement = Placement.of(cluster.location(), answers.network());
			checkAuth(cluster, placement, problems);
			checkIngress(cluster, problems);
			checkLoadBalancer(cluster, placement, problems);
			checkNatPorts(cluster, placement, problems);
			checkAuthUrl(answers, cluster, problems);
		}
		return problems;
	}

	/**
	 * Refuses an address or Ingress host whose auth URL the ForeignCluster CRD would refuse: the
	 * peer's {@code liqoctl add cluster} would fail at the API server, after both installs.
	 */
	private static void checkAuthUrl(Answers answers, ClusterAnswers cluster, List<Problem> problems) {
		ClusterPlanner.authUrlFromAnswer(answers, cluster)
			.filter((authUrl) -> !ForeignAuthUrl.accepts(authUrl.url()))
			.ifPresent((authUrl) -> problems.add(new Problem(authUrl.field().parameter(cluster.side()),
					capitalised(cluster.describe(authUrl.field())) + " would make Liqo advertise the auth URL "
							+ authUrl.shown() + ", which the ForeignCluster of Liqo v0.3.2 refuses: it wants a host "
							+ "with a dot followed by at most 6 letters or digits, and the last part of this name is "
							+ "longer. Use an IP address, or a DNS name whose last label has at most 6 characters "
							+ "(like liqo.example.com).")));
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static void checkAuth(ClusterAnswers cluster, Placement placement, List<Problem> problems) {
		if (cluster.auth().isEmpty()) {
			return;
		}
		AuthExposure auth = cluster.auth().get();
		String parameter = ClusterField.AUTH.parameter(cluster.side());
		String who = "Cluster " + cluster.side().id().toUpperCase() + " (" + cluster.name() + ")";
		switch (placement) {
			case CLOUD -> {
				if (auth == AuthExposure.NODEPORT) {
					problems.add(new Problem(parameter, "nodeport does not work for " + who + ": the nodes of a managed "
							+ "cluster are not reachable from outside. Allowed here: loadbalancer, ingress."));
				}
			}
			case PUBLIC_ONPREM -> {
				if (auth == AuthExposure.LOADBALANCER && cluster.lb().filter(YesNo.NO::equals).isPresent()) {
					problems.add(new Problem(parameter, "loadbalancer needs a LoadBalancer implementation, but "
							+ ClusterField.LB.parameter(cluster.side()) + "=no says " + who + " has none. Choose "
							+ "ingress or nodeport, or install MetalLB and answer yes."));
				}
			}
			case NAT_ONPREM, PRIVATE_ONPREM -> {
				if (auth != AuthExposure.NODEPORT) {
					String why = (placement == Placement.NAT_ONPREM)
							? "behind NAT the router forwards a port to the auth server's NodePort"
							: "on a LAN or routed network the peer reaches the auth server's NodePort directly, and "
									+ "mDNS advertises that NodePort";
					problems.add(new Problem(parameter, auth.value() + " does not fit " + who + ": " + why
							+ ". Allowed here: nodeport, or leave " + parameter + " out."));
				}
			}
		}
	}

	/** The Ingress fields go with an auth server exposed through an Ingress, and the host is required there. */
	private static void checkIngress(ClusterAnswers cluster, List<Problem> problems) {
		boolean ingress = cluster.auth().filter(AuthExposure.INGRESS::equals).isPresent();
		if (ingress && cluster.ingressHost().isEmpty()) {
			problems.add(new Problem(ClusterField.INGRESS_HOST.parameter(cluster.side()), "is required when the auth "
					+ "server of " + cluster.name() + " is exposed through an Ingress: the DNS name the Ingress serves, "
					+ "which Liqo advertises as its auth address."));
		}
		if (ingress) {
			return;
		}
		for (ClusterField field : List.of(ClusterField.INGRESS_HOST, ClusterField.INGRESS_CLASS)) {
			if (cluster.has(field)) {
				problems.add(new Problem(field.parameter(cluster.side()), "applies only when the auth server of "
						+ cluster.name() + " is exposed through an Ingress: choose the Ingress exposure, or leave it "
						+ "out."));
			}
		}
	}

	private static void checkLoadBalancer(ClusterAnswers cluster, Placement placement, List<Problem> problems) {
		if (cluster.lb().isPresent() && placement == Placement.CLOUD) {
			problems.add(new Problem(ClusterField.LB.parameter(cluster.side()), "applies only to on-premise "
					+ "clusters: a managed cloud always provides LoadBalancer Services. Leave it out."));
		}
		if (cluster.lb().isPresent() && (placement == Placement.NAT_ONPREM || placement == Placement.PRIVATE_ONPREM)) {
			String parameter = ClusterField.LB.parameter(cluster.side());
			problems.add(new Problem(parameter, "is not used here: the table exposes this cluster's services as "
					+ "NodePorts, so a LoadBalancer implementation makes no difference. Leave " + parameter + " out."));
		}
	}

	private static void checkNatPorts(ClusterAnswers cluster, Placement placement, List<Problem> problems) {
		if (placement == Placement.NAT_ONPREM) {
			return;
		}
		for (ClusterField field : List.of(ClusterField.NAT_AUTH_PORT, ClusterField.NAT_API_PORT,
				ClusterField.NAT_GATEWAY_PORT)) {
			if (cluster.has(field)) {
				String parameter = field.parameter(cluster.side());
				problems.add(new Problem(parameter, "applies only over the Internet: on a LAN or a routed network "
						+ "the peer reaches this cluster directly, without port forwards. Leave " + parameter
						+ " out."));
			}
		}
	}

}
