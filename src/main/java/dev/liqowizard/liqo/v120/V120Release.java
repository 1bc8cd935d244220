package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Discovery;
import dev.liqowizard.plan.DiscoveryMethod;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.SpecialAddresses;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;

/**
 * Liqo v1.2.0: no auth service; the consumer reaches the provider's API server (or tunnels to it
 * with {@code --in-band}), and one cluster runs the WireGuard gateway server that the other's
 * client dials. Installed with {@code liqoctl install} (or Helm), peered with {@code liqoctl peer}.
 */
public final class V120Release implements LiqoRelease {

	static final String VERSION = "v1.2.0";

	@Override
	public String version() {
		return VERSION;
	}

	@Override
	public Plan plan(Answers given) {
		// Canonical v1.2.0 URLs carry the direction, the default included.
		Answers answers = withPeering(given);
		Connectivity connectivity = Connectivity.of(answers);
		List<Problem> problems = new ArrayList<>(Scenarios.refusals(answers, connectivity));
		problems.addAll(RefinementRules.problems(answers, connectivity));
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems);
		}
		List<ClusterPlan> clusters = answers.clusters()
			.stream()
			.map((cluster) -> ClusterPlanner.plan(answers, connectivity, cluster))
			.toList();
		return new Plan(answers, VERSION, Scenarios.of(answers), clusters, links(connectivity, clusters),
				connectivity.operatorSite(), discovery(answers, connectivity), notes(answers, connectivity),
				limitations(answers, connectivity, clusters), SpecialAddresses.warnings(answers));
	}

	static Answers withPeering(Answers answers) {
		if (answers.peering().isPresent()) {
			return answers;
		}
		return new Answers(answers.release(), answers.network(), answers.a(), answers.b(),
				Optional.of(Peering.A_TO_B));
	}

	@Override
	public List<Refinement> refinements(Answers answers) {
		return RefinementQuestions.of(withPeering(answers));
	}

	@Override
	public List<Peering> peeringDirections() {
		return List.of(Peering.values());
	}

	@Override
	public Set<String> parameterKeys() {
		// There is no auth service in v1: its refinements are v0.3.2's (RefinementRules refuses them).
		Set<String> keys = new LinkedHashSet<>(Parameters.keys());
		keys.removeAll(RefinementRules.V032_ONLY_KEYS);
		return keys;
	}

	@Override
	public List<String> fileNames() {
		return V120Files.NAMES;
	}

	@Override
	public Optional<PlanFile> file(Plan plan, Provenance provenance, String urlName) {
		return V120Files.file(plan, provenance, urlName);
	}

	private static List<Link> links(Connectivity connectivity, List<ClusterPlan> clusters) {
		List<Link> links = new ArrayList<>();
		for (Connectivity.Direction direction : connectivity.directions()) {
			links.add(new Link(Service.KUBERNETES_API_SERVER, direction.consumer(), direction.provider(),
					direction.apiVia()));
		}
		Side server = connectivity.serverSide();
		boolean forwarded = clusters.get(server.ordinal())
			.portForwards()
			.stream()
			.anyMatch((forward) -> forward.service() == Service.NETWORK_GATEWAY);
		links.add(new Link(Service.NETWORK_GATEWAY, server.other(), server, forwarded ? Via.PORT_FORWARD : Via.DIRECT));
		return links;
	}

	private static Discovery discovery(Answers answers, Connectivity connectivity) {
		String a = answers.a().name();
		String b = answers.b().name();
		String where = connectivity.operatorSite()
			.map((side) -> "from a machine inside the network of " + answers.cluster(side).name()
					+ " (behind its NAT router)")
			.orElse("from a machine that reaches both API servers");
		List<String> steps = new ArrayList<>();
		steps.add("Install Liqo " + VERSION + " on both clusters: install-" + a + ".sh with the kubeconfig of " + a
				+ ", install-" + b + ".sh with that of " + b + " (or helm install with the values files).");
		steps.add("Run peer.sh " + where + ", with KUBECONFIG_A and KUBECONFIG_B set to the kubeconfig files of " + a
				+ " and " + b + ". It checks both clusters first, then runs liqoctl peer for "
				+ ((connectivity.directions().size() == 2) ? "each direction" : "the direction of offloading")
				+ ".");
		steps.add("peer.sh then checks the peering: liqoctl info peer shows networking, authentication and "
				+ "offloading Healthy, and the consumer has a Ready virtual node (label liqo.io/type=virtual-node).");
		return new Discovery(DiscoveryMethod.LIQOCTL_PEER, "Liqo " + VERSION + " does not discover peers: liqoctl "
				+ "peer, run " + where + ", sets up the tunnel, authentication and the virtual node in one go, "
				+ "writing to both clusters.", steps);
	}

	private static List<String> notes(Answers answers, Connectivity connectivity) {
		List<String> notes = new ArrayList<>();
		Network network = answers.network();
		connectivity.operatorSite().ifPresent((side) -> {
			ClusterAnswers inside = answers.cluster(side);
			ClusterAnswers other = answers.cluster(side.other());
			boolean otherForwarded = other.natApiPort().isPresent() && connectivity.role(other.side()).provides();
			String reachOther = (Reach.of(other, network) != Reach.NAT_ONPREM) ? ""
					: otherForwarded ? " " + other.name() + " is behind NAT too: its API server answers through the "
							+ "forward on its router, so its kubeconfig must name the router's address and port."
					: " " + other.name() + " is behind NAT too: from there its API server must also answer, through a "
							+ "VPN, an SSH tunnel or a forward that you restrict to your address.";
			notes.add("liqoctl peer writes to both clusters, so peer.sh must run where both API servers answer: "
					+ "inside the network of " + inside.name() + ", whose API server is not reachable from outside."
					+ reachOther);
		});
		for (ClusterAnswers cluster : answers.clusters()) {
			if (cluster.location() == Location.ONPREM_NAT && network != Network.INTERNET) {
				notes.add(Words.who(cluster) + " is behind NAT, but on a "
						+ ((network == Network.LAN) ? "LAN" : "routed network") + " the clusters reach each other "
						+ "directly, so it is planned as on-premise, without port forwards.");
			}
		}
		if (network == Network.ROUTED && answers.clusters().stream().anyMatch((c) -> c.location() == Location.CLOUD)) {
			notes.add("A cloud LoadBalancer gets a public address by default. To keep Liqo's traffic on the private "
					+ "network, make it internal with your provider's annotation in "
					+ "networking.gatewayTemplates.server.service.annotations (AKS: "
					+ "service.beta.kubernetes.io/azure-load-balancer-internal: \"true\"), and make sure each "
					+ "consumer routes to its provider's API endpoint.");
		}
		notes.add("Both clusters must run the same Liqo minor release (" + VERSION + ") and liqoctl " + VERSION
				+ "; nodes need Linux 5.10 or newer.");
		return notes;
	}

	private static List<String> limitations(Answers answers, Connectivity connectivity, List<ClusterPlan> clusters) {
		List<String> limitations = new ArrayList<>();
		Side server = connectivity.serverSide();
		for (Connectivity.Direction direction : connectivity.directions()) {
			if (direction.apiVia() == Via.IN_BAND && server == direction.consumer()) {
				limitations.add("Here --in-band runs with the gateway server on the consumer ("
						+ answers.cluster(direction.consumer()).name() + "): sound in Liqo's code, but not covered by "
						+ "its end-to-end tests. If the peering hangs at the ResourceSlice step, forward the API "
						+ "server of " + answers.cluster(direction.provider()).name() + " instead (router port for "
						+ "the API server).");
			}
		}
		ClusterPlan serverPlan = clusters.get(server.ordinal());
		boolean nodePort = serverPlan.service(Service.NETWORK_GATEWAY).method().equals("NodePort");
		if (nodePort && serverPlan.portForwards().isEmpty()) {
			limitations.add("With a NodePort gateway server the client dials the node that runs the gateway pod, an "
					+ "address fixed at peering time: if the pod moves to another node, the tunnel breaks until you "
					+ "run peer.sh again.");
		}
		if (clusters.stream().anyMatch((cluster) -> cluster.location() == Location.ONPREM_NAT)
				&& answers.network() == Network.INTERNET) {
			limitations.add("Liqo sets no WireGuard keepalive; the gateways' pings every 2 seconds keep the NAT "
					+ "mapping open in practice, which upstream has not verified for very aggressive (carrier-grade) "
					+ "NAT timeouts.");
		}
		return limitations;
	}

}
