package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.DiscoveryMethod;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.Side;
import dev.liqowizard.support.TestQueries;

import static dev.liqowizard.support.TestQueries.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every location x location x network against PRODUCT.md section 4, restated here as data so the
 * planner is checked against the spec rather than against itself.
 */
class V032ReleaseTests {

	/** PRODUCT.md section 4, first table: the cells of a cluster by its location and the network. */
	private static List<String> cells(Location location, Network network) {
		if (location == Location.CLOUD) {
			return List.of("LoadBalancer/ingress", "Provided", "LoadBalancer");
		}
		if (network != Network.INTERNET) {
			return List.of("NodePort", "Exposed", "NodePort");
		}
		return (location == Location.ONPREM) ? List.of("LoadBalancer/ingress", "Ingress/Public IP", "LoadBalancer")
				: List.of("NodePort with port-forwarding", "Port-forwarding", "NodePort with port-forwarding");
	}

	private static String label(Location location, Network network) {
		if (location == Location.CLOUD) {
			return "Cloud";
		}
		return (location == Location.ONPREM_NAT && network == Network.INTERNET) ? "On-prem behind NAT" : "On-prem";
	}

	/** PRODUCT.md section 4, second table: scenario id by unordered pair, or the refused parameter. */
	private static final Map<String, String> SCENARIOS = Map.ofEntries(
			Map.entry("cloud+cloud/internet", "cloud-to-cloud"), Map.entry("cloud+cloud/routed", "cloud-to-cloud"),
			Map.entry("cloud+cloud/lan", "refused:network"),
			Map.entry("cloud+onprem/internet", "onprem-to-cloud"),
			Map.entry("cloud+onprem/routed", "cloud-to-onprem-routed"),
			Map.entry("cloud+onprem/lan", "refused:network"),
			Map.entry("cloud+onprem-nat/internet", "onprem-nat-to-cloud"),
			Map.entry("cloud+onprem-nat/routed", "cloud-to-onprem-routed"),
			Map.entry("cloud+onprem-nat/lan", "refused:network"),
			Map.entry("onprem+onprem/internet", "onprem-to-onprem-internet"),
			Map.entry("onprem+onprem/lan", "onprem-to-onprem"),
			Map.entry("onprem+onprem/routed", "onprem-to-onprem-routed"),
			Map.entry("onprem+onprem-nat/internet", "onprem-nat-to-onprem"),
			Map.entry("onprem+onprem-nat/lan", "onprem-to-onprem"),
			Map.entry("onprem+onprem-nat/routed", "onprem-to-onprem-routed"),
			Map.entry("onprem-nat+onprem-nat/internet", "refused:b.location"),
			Map.entry("onprem-nat+onprem-nat/lan", "onprem-to-onprem"),
			Map.entry("onprem-nat+onprem-nat/routed", "onprem-to-onprem-routed"));

	private static final Map<String, String> TITLES = Map.of("cloud-to-cloud", "Cloud to cloud", "onprem-to-cloud",
			"On-premise to cloud", "onprem-nat-to-cloud", "On-premise behind NAT to cloud", "onprem-to-onprem",
			"On-premise to on-premise", "onprem-to-onprem-routed", "On-premise to on-premise across L3 networks",
			"onprem-to-onprem-internet", "On-premise to on-premise over the Internet", "onprem-nat-to-onprem",
			"On-premise behind NAT to on-premise");

	private static String expectedScenario(Location a, Location b, Network network) {
		List<Location> pair = new ArrayList<>(List.of(a, b));
		pair.sort(null);
		return SCENARIOS.get(pair.get(0).value() + "+" + pair.get(1).value() + "/" + network.value());
	}

	static Stream<Arguments> everyCombination() {
		List<Arguments> combinations = new ArrayList<>();
		for (Location a : Location.values()) {
			for (Location b : Location.values()) {
				for (Network network : Network.values()) {
					combinations.add(Arguments.of(a, b, network));
				}
			}
		}
		return combinations.stream();
	}

	@ParameterizedTest(name = "{0} + {1} over {2}")
	@MethodSource("everyCombination")
	void plansEveryCombinationAsTheProductTablesSay(Location a, Location b, Network network) {
		String expected = expectedScenario(a, b, network);
		String query = TestQueries.core(a, b, network);
		if (expected.startsWith("refused:")) {
			assertThatExceptionOfType(InvalidAnswersException.class).isThrownBy(() -> TestQueries.plan(query))
				.satisfies((ex) -> {
					assertThat(ex.problems()).extracting(Problem::parameter)
						.containsExactly(expected.substring("refused:".length()));
					assertThat(ex.problems().get(0).message()).containsAnyOf("Choose network=routed",
							"network=routed");
				});
			return;
		}
		Plan plan = TestQueries.plan(query);
		assertThat(plan.scenario().id()).isEqualTo(expected);
		if (TITLES.containsKey(expected)) {
			assertThat(plan.scenario().title()).isEqualTo(TITLES.get(expected));
		}
		assertThat(plan.services()).containsExactly(Service.AUTH_SERVER, Service.API_SERVER, Service.NETWORK_GATEWAY);
		assertColumn(plan.cluster(Side.A), a, network, "Cluster A");
		assertColumn(plan.cluster(Side.B), b, network, "Cluster B");
		assertThat(plan.discovery().method()).isEqualTo(switch (network) {
			case INTERNET -> DiscoveryMethod.AUTH_URL;
			case LAN -> DiscoveryMethod.MDNS;
			case ROUTED -> DiscoveryMethod.MANUAL_OR_DNS;
		});
	}

	@ParameterizedTest(name = "{0} + {1} over {2}")
	@MethodSource("everyCombination")
	void swappingTheClustersSwapsTheColumnsAndKeepsTheScenario(Location a, Location b, Network network) {
		if (expectedScenario(a, b, network).startsWith("refused:")) {
			return;
		}
		Plan plan = TestQueries.plan(TestQueries.core(a, b, network));
		Plan swapped = TestQueries.plan(TestQueries.core(b, a, network));
		assertThat(swapped.scenario()).isEqualTo(plan.scenario());
		for (Service service : plan.services()) {
			assertThat(swapped.cluster(Side.A).exposure(service)).isEqualTo(plan.cluster(Side.B).exposure(service));
			assertThat(swapped.cluster(Side.B).exposure(service)).isEqualTo(plan.cluster(Side.A).exposure(service));
		}
	}

	private static void assertColumn(ClusterPlan cluster, Location location, Network network, String title) {
		assertThat(cluster.label()).isEqualTo(label(location, network));
		assertThat(cluster.columnTitle()).isEqualTo(title + " (" + label(location, network) + ")");
		assertThat(List.of(cluster.exposure(Service.AUTH_SERVER), cluster.exposure(Service.API_SERVER),
				cluster.exposure(Service.NETWORK_GATEWAY)))
			.isEqualTo(cells(location, network));
		// One note per service, in table order, then the MTU note.
		assertThat(cluster.notes()).hasSize(4);
		assertThat(cluster.notes()).satisfiesExactly((note) -> assertThat(note).startsWith("Auth Server: "),
				(note) -> assertThat(note).startsWith("API server: "),
				(note) -> assertThat(note).startsWith("Network gateway: "),
				(note) -> assertThat(note).startsWith("Network MTU: "));
	}

	@Test
	void refusesNatToNatWithWhatToChange() {
		assertThatExceptionOfType(InvalidAnswersException.class)
			.isThrownBy(() -> TestQueries.plan(TestQueries.core(Location.ONPREM_NAT, Location.ONPREM_NAT,
					Network.INTERNET)))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).contains("only comes up")
				.contains("location onprem")
				.contains("network=routed"));
	}

	@Test
	void refusesPeeringForV032() {
		assertThat(problems(TestQueries.core(Location.CLOUD, Location.CLOUD, Network.INTERNET) + "&peering=both"))
			.extracting(Problem::parameter)
			.containsExactly("peering");
	}

	@Test
	void refusesRefinementsTheTableDoesNotAllow() {
		String nat = TestQueries.core(Location.ONPREM_NAT, Location.CLOUD, Network.INTERNET);
		assertThat(problems(nat + "&a.auth=loadbalancer")).extracting(Problem::parameter).containsExactly("a.auth");
		assertThat(problems(nat + "&a.auth=nodeport")).isEmpty();
		assertThat(problems(nat + "&a.lb=yes")).extracting(Problem::parameter).containsExactly("a.lb");
		assertThat(problems(nat + "&b.auth=nodeport")).extracting(Problem::parameter).containsExactly("b.auth");
		String lan = TestQueries.core(Location.ONPREM_NAT, Location.ONPREM, Network.LAN);
		assertThat(problems(lan + "&a.natAuthPort=443")).extracting(Problem::parameter).containsExactly("a.natAuthPort");
		assertThat(problems(lan + "&b.auth=ingress&b.ingressHost=auth.example.com")).extracting(Problem::parameter)
			.containsExactly("b.auth");
		String public_ = TestQueries.core(Location.ONPREM, Location.CLOUD, Network.INTERNET);
		assertThat(problems(public_ + "&a.lb=no&a.auth=loadbalancer")).extracting(Problem::parameter)
			.containsExactly("a.auth");
		assertThat(problems(public_ + "&a.lb=no&a.auth=nodeport")).isEmpty();
	}

	@Test
	void listsOnlyTheRefinementsThatApply() {
		assertThat(parameters(TestQueries.core(Location.ONPREM_NAT, Location.CLOUD, Network.INTERNET)))
			.containsExactly("a.address", "a.natAuthPort", "a.natApiPort", "a.natGatewayPort", "a.podCidr",
					"a.serviceCidr", "b.address", "b.auth", "b.ingressHost", "b.ingressClass", "b.podCidr",
					"b.serviceCidr");
		assertThat(parameters(TestQueries.core(Location.ONPREM, Location.ONPREM_NAT, Network.LAN)))
			.containsExactly("a.address", "a.podCidr", "a.serviceCidr", "b.address", "b.podCidr", "b.serviceCidr");
		assertThat(parameters(TestQueries.core(Location.ONPREM, Location.CLOUD, Network.INTERNET))).contains("a.lb",
				"a.auth");
	}

	@Test
	void everyListedRefinementIsAccepted() {
		for (Arguments arguments : everyCombination().toList()) {
			Object[] values = arguments.get();
			Location a = (Location) values[0];
			Location b = (Location) values[1];
			Network network = (Network) values[2];
			if (expectedScenario(a, b, network).startsWith("refused:")) {
				continue;
			}
			String query = TestQueries.core(a, b, network);
			for (var refinement : new V032Release().refinements(TestQueries.answers(query))) {
				String value = refinement.isChoice() ? refinement.choices().get(0) : sample(refinement.key());
				String extra = "&" + refinement.parameter() + "=" + value;
				if (refinement.askedWhen().isPresent()) {
					// Asked only with another answer: refused without it, accepted with it.
					var when = refinement.askedWhen().get();
					assertThat(problems(query + extra)).as(query + extra + " without " + when)
						.extracting(Problem::parameter)
						.contains(refinement.parameter());
					extra += "&" + when.parameter() + "=" + when.value();
				}
				String side = refinement.side().map((s) -> s.id()).orElse("");
				if (extra.contains(side + ".auth=ingress") && !refinement.key().equals("ingressHost")) {
					extra += "&" + side + ".ingressHost=auth.example.com";
				}
				assertThat(problems(query + extra)).as(query + extra).isEmpty();
			}
		}
	}

	private static String sample(String key) {
		return switch (key) {
			case "address" -> "203.0.113.10";
			case "podCidr" -> "10.244.0.0/16";
			case "serviceCidr" -> "10.96.0.0/12";
			case "ingressHost" -> "auth.example.com";
			case "ingressClass" -> "nginx";
			default -> "30000";
		};
	}

	private static List<String> parameters(String query) {
		return new V032Release().refinements(TestQueries.answers(query))
			.stream()
			.map((refinement) -> refinement.parameter())
			.toList();
	}

	private static final String CORE_V032 = "liqo=v0.3.2&network=internet&a.location=onprem-nat&b.location=cloud";

	@Test
	void asksTheIngressHostAndClassOnlyWithAnAuthServerExposedThroughAnIngress() {
		var questions = new V032Release().refinements(TestQueries.answers("liqo=v0.3.2&network=internet&a.location=cloud"
				+ "&b.location=onprem&b.distribution=k3s"));
		assertThat(questions).filteredOn((question) -> question.askedWhen().isPresent())
			.extracting((question) -> question.parameter() + " with " + question.askedWhen().get().parameter() + "="
					+ question.askedWhen().get().value())
			.containsExactly("a.ingressHost with a.auth=ingress", "a.ingressClass with a.auth=ingress",
					"b.ingressHost with b.auth=ingress", "b.ingressClass with b.auth=ingress");
		var host = questions.stream().filter((question) -> question.parameter().equals("a.ingressHost")).findFirst().orElseThrow();
		assertThat(host.isAskedWith(java.util.Map.of("a.auth", "ingress"))).isTrue();
		assertThat(host.isAskedWith(java.util.Map.of("a.auth", "loadbalancer"))).isFalse();
		assertThat(host.isAskedWith(java.util.Map.of("b.auth", "ingress"))).isFalse();
	}

	@Test
	void asksForTheIngressHostWithIngressAndRefusesIngressFieldsWithoutIt() {
		String cloud = "liqo=v0.3.2&network=internet&a.location=cloud&b.location=cloud";
		assertThat(problems(cloud + "&a.auth=ingress")).extracting(Problem::parameter).containsExactly("a.ingressHost");
		assertThat(problems(cloud + "&a.auth=ingress&a.ingressHost=auth.example.com&a.ingressClass=nginx")).isEmpty();
		assertThat(problems(cloud + "&a.ingressHost=auth.example.com&a.ingressClass=nginx"))
			.extracting(Problem::parameter)
			.containsExactly("a.ingressHost", "a.ingressClass");
		assertThat(problems(cloud + "&a.auth=loadbalancer&a.ingressClass=nginx")).extracting(Problem::parameter)
			.containsExactly("a.ingressClass");
	}

	@Test
	void refusesNatPortsForClustersNotBehindNatAndLoadBalancerAnswersForCloudClusters() {
		assertThat(problems(CORE_V032 + "&b.natAuthPort=443")).extracting(Problem::parameter).containsExactly("b.natAuthPort");
		assertThat(problems(CORE_V032 + "&b.lb=yes")).extracting(Problem::parameter).containsExactly("b.lb");
		assertThat(problems(CORE_V032 + "&a.natAuthPort=30443&a.natApiPort=16443&a.natGatewayPort=51820"))
			.isEmpty();
	}

}
