package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.SpecialAddresses;

/** Liqo v0.3.2: three services per cluster, the release the seed pages describe. */
public final class V032Release implements LiqoRelease {

	static final String VERSION = "v0.3.2";

	@Override
	public String version() {
		return VERSION;
	}

	@Override
	public Set<String> parameterKeys() {
		// A v0.3.2 peering is mutual: it has no direction to ask for (RefinementRules refuses one).
		Set<String> keys = new LinkedHashSet<>(Parameters.keys());
		keys.remove(Parameters.PEERING);
		return keys;
	}

	@Override
	public Plan plan(Answers answers) {
		List<Problem> problems = new ArrayList<>(Scenarios.refusals(answers));
		problems.addAll(RefinementRules.problems(answers));
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems);
		}
		List<ClusterPlan> clusters = answers.clusters()
			.stream()
			.map((cluster) -> ClusterPlanner.plan(answers, cluster))
			.toList();
		return new Plan(answers, VERSION, Scenarios.of(answers), clusters, LinkPlanner.plan(clusters), Optional.empty(),
				DiscoveryPlanner.plan(answers, clusters), notes(answers), limitations(answers),
				SpecialAddresses.warnings(answers));
	}

	@Override
	public List<Refinement> refinements(Answers answers) {
		return RefinementQuestions.of(answers);
	}

	@Override
	public List<String> fileNames() {
		return V032Files.NAMES;
	}

	@Override
	public Optional<String> whyNoFile(String urlName) {
		return urlName.equals(FileNames.PEER_SCRIPT)
				? Optional.of("Liqo " + VERSION + " has no separate peering script: each cluster's install script "
						+ "peers it with the other, with the values the other one prints.")
				: Optional.empty();
	}

	@Override
	public Optional<PlanFile> file(Plan plan, Provenance provenance, String urlName) {
		return V032Files.file(plan, provenance, urlName);
	}

	private static List<String> notes(Answers answers) {
		List<String> notes = new ArrayList<>();
		Network network = answers.network();
		for (ClusterAnswers cluster : answers.clusters()) {
			if (cluster.location() == Location.ONPREM_NAT && network != Network.INTERNET) {
				notes.add(cluster.side().title() + " (" + cluster.name() + ") is behind NAT, but on a "
						+ ((network == Network.LAN) ? "LAN" : "routed network") + " the clusters reach each other "
						+ "directly, so it is planned as On-prem and needs no port forwards.");
			}
		}
		boolean cloud = answers.clusters().stream().anyMatch((cluster) -> cluster.location() == Location.CLOUD);
		if (cloud && network == Network.ROUTED) {
			notes.add("Cloud LoadBalancers get public addresses by default. If they must be reached over the "
					+ "private network only, make them internal load balancers with your provider's annotation in "
					+ "auth.service.annotations and gateway.service.annotations (AKS: "
					+ "service.beta.kubernetes.io/azure-load-balancer-internal: \"true\").");
		}
		return notes;
	}

	private static List<String> limitations(Answers answers) {
		List<String> limitations = new ArrayList<>();
		boolean nat = answers.network() == Network.INTERNET
				&& answers.clusters().stream().anyMatch((cluster) -> cluster.location() == Location.ONPREM_NAT);
		if (nat) {
			limitations.add("Chart v0.3.2 cannot pin NodePorts (gateway.service.nodePort.port arrives in v0.10.0): "
					+ "Kubernetes assigns them at install, so you set the router's forwards afterwards. The install "
					+ "script prints them (kubectl get svc -n liqo liqo-auth liqo-gateway).");
			limitations.add("v0.3.2 has no setting for the network gateway's public address "
					+ "(gateway.config.addressOverride arrives in v0.6.0): it advertises the node's own IP. The "
					+ "tunnel still comes up because the NAT side starts it towards the peer's public gateway, and "
					+ "that is why only one cluster may be behind NAT.");
			limitations.add("v0.3.2 has no chart key for the auth server's public address "
					+ "(auth.config.addressOverride arrives in v0.6.0). The values pass "
					+ "--auth-service-address-override to the controller-manager through "
					+ "controllerManager.pod.extraArgs: the flag exists in v0.3.2, but the Liqo docs do not describe "
					+ "this use, so the install script also prints the public auth URL for the peer.");
		}
		if (answers.network() == Network.LAN) {
			limitations.add("The Liqo v0.3 docs say mDNS discovery is on by default; in chart v0.3.2 it is off, "
					+ "so the values turn on discovery.config.enableAdvertisement and enableDiscovery.");
		}
		return limitations;
	}

}
