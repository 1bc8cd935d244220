package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.DiscoveryMethod;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Protocol;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.Role;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every location x location x network x peering against PRODUCT.md section 4b and
 * {@code reference/liqo/v1-facts.md} 8.5, restated here as data, so the planner is checked
 * against the spec rather than against itself.
 */
class V120ReleaseTests {

	/**
	 * One direction of offloading with bare answers: consumer's location, provider's location,
	 * network, then the outcome. {@code server} is the cluster that runs the gateway server and its
	 * Service type; {@code api} how the consumer reaches the provider's API; {@code operator} the
	 * cluster whose network peer.sh must run in. Facts 8.5: a reachable provider keeps the server
	 * (a cloud LoadBalancer beats an on-prem NodePort, and on a routed network the on-prem side's
	 * private address beats a cloud LoadBalancer, which faces the Internet); a NAT'd provider puts it
	 * on the consumer and is reached in-band; NAT + NAT needs a forward; a cloud is not on a LAN.
	 */
	private static final List<String> DIRECTED = List.of(
			"cloud      cloud      internet  server=provider:LoadBalancer api=direct   operator=none",
			"cloud      onprem     internet  server=consumer:LoadBalancer api=direct   operator=none",
			"cloud      onprem-nat internet  server=consumer:LoadBalancer api=in-band  operator=provider",
			"onprem     cloud      internet  server=provider:LoadBalancer api=direct   operator=none",
			"onprem     onprem     internet  server=provider:NodePort     api=direct   operator=none",
			"onprem     onprem-nat internet  server=consumer:NodePort     api=in-band  operator=provider",
			"onprem-nat cloud      internet  server=provider:LoadBalancer api=direct   operator=consumer",
			"onprem-nat onprem     internet  server=provider:NodePort     api=direct   operator=consumer",
			"onprem-nat onprem-nat internet  refused=natGatewayPort",
			"cloud      cloud      lan       refused=network",
			"cloud      onprem     lan       refused=network",
			"cloud      onprem-nat lan       refused=network",
			"onprem     cloud      lan       refused=network",
			"onprem-nat cloud      lan       refused=network",
			"onprem     onprem     lan       server=provider:NodePort     api=direct   operator=none",
			"onprem     onprem-nat lan       server=provider:NodePort     api=direct   operator=none",
			"onprem-nat onprem     lan       server=provider:NodePort     api=direct   operator=none",
			"onprem-nat onprem-nat lan       server=provider:NodePort     api=direct   operator=none",
			"cloud      cloud      routed    server=provider:LoadBalancer api=direct   operator=none",
			"cloud      onprem     routed    server=provider:NodePort     api=direct   operator=none",
			"cloud      onprem-nat routed    server=provider:NodePort     api=direct   operator=none",
			"onprem     cloud      routed    server=consumer:NodePort     api=direct   operator=none",
			"onprem-nat cloud      routed    server=consumer:NodePort     api=direct   operator=none",
			"onprem     onprem     routed    server=provider:NodePort     api=direct   operator=none",
			"onprem     onprem-nat routed    server=provider:NodePort     api=direct   operator=none",
			"onprem-nat onprem     routed    server=provider:NodePort     api=direct   operator=none",
			"onprem-nat onprem-nat routed    server=provider:NodePort     api=direct   operator=none");

	/** PRODUCT.md 4b: the API server cell of a provider by its location and the network. */
	private static String apiCell(Location location, Network network) {
		if (location == Location.CLOUD) {
			return "Provided";
		}
		if (network != Network.INTERNET) {
			return "Exposed";
		}
		return (location == Location.ONPREM) ? "Public IP" : "In-band through the tunnel";
	}

	private record Outcome(String refused, String server, String type, String api, String operator) {

		static Outcome parse(String text) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (String part : text.trim().split("\\s+")) {
				fields.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
			}
			String[] server = fields.getOrDefault("server", "-:-").split(":");
			return new Outcome(fields.get("refused"), server[0], server[1], fields.get("api"), fields.get("operator"));
		}

	}

	private static Outcome directed(Location consumer, Location provider, Network network) {
		for (String row : DIRECTED) {
			String[] words = row.trim().split("\\s+", 4);
			if (words[0].equals(consumer.value()) && words[1].equals(provider.value())
					&& words[2].equals(network.value())) {
				return Outcome.parse(words[3]);
			}
		}
		throw new IllegalStateException("no row for " + consumer + " " + provider + " " + network);
	}

	static Stream<Arguments> everyCombination() {
		List<Arguments> combinations = new ArrayList<>();
		for (Location a : Location.values()) {
			for (Location b : Location.values()) {
				for (Network network : Network.values()) {
					for (Peering peering : Peering.values()) {
						combinations.add(Arguments.of(a, b, network, peering));
					}
				}
			}
		}
		return combinations.stream();
	}

	private static String query(Location a, Location b, Network network, Peering peering) {
		return "liqo=v1.2.0&network=" + network.value() + "&a.name=left&a.location=" + a.value()
				+ "&b.name=right&b.location=" + b.value() + "&peering=" + peering.value();
	}

	@Test
	void coversEightyOneCombinations() {
		assertThat(everyCombination()).hasSize(81);
	}

	@ParameterizedTest(name = "{0} + {1} over {2}, {3}")
	@MethodSource("everyCombination")
	void plansEveryCombinationAsTheRulesSay(Location a, Location b, Network network, Peering peering) {
		Side firstConsumer = (peering == Peering.B_TO_A) ? Side.B : Side.A;
		Location consumerLocation = (firstConsumer == Side.A) ? a : b;
		Location providerLocation = (firstConsumer == Side.A) ? b : a;
		Outcome expected = directed(consumerLocation, providerLocation, network);
		String query = query(a, b, network, peering);
		if (expected.refused() != null) {
			String parameter = expected.refused().equals("network") ? "network"
					: firstConsumer.other().id() + "." + expected.refused();
			assertThatExceptionOfType(InvalidAnswersException.class).isThrownBy(() -> TestQueries.plan(query))
				.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::parameter).containsExactly(parameter))
				.satisfies((ex) -> assertThat(ex.problems().get(0).message()).doesNotContain("a.", "b.")
					.contains((parameter.equals("network") ? "routed" : "Forward a UDP port")));
			return;
		}
		Plan plan = TestQueries.plan(query);
		assertThat(plan.chartVersion()).isEqualTo("v1.2.0");
		assertThat(plan.answers().peering()).contains(peering);
		assertThat(plan.discovery().method()).isEqualTo(DiscoveryMethod.LIQOCTL_PEER);
		assertThat(plan.scenario().seed()).isFalse();

		// Roles and the table's API row.
		for (Side side : Side.values()) {
			ClusterPlan cluster = plan.cluster(side);
			Role role = (peering == Peering.BOTH) ? Role.BOTH : (side == firstConsumer) ? Role.CONSUMER : Role.PROVIDER;
			assertThat(cluster.role()).as(side + " role").isEqualTo(role);
			assertThat(plan.services()).containsExactly(Service.KUBERNETES_API_SERVER, Service.NETWORK_GATEWAY);
			assertThat(cluster.exposure(Service.KUBERNETES_API_SERVER)).as(side + " API cell")
				.isEqualTo(role.provides() ? apiCell(cluster.location(), network) : "Not reached by the peer");
			assertThat(cluster.portForwards()).isEmpty();
		}

		// The tunnel: one link, the server on the same cluster for both directions.
		Side server = expected.server().equals("provider") ? firstConsumer.other() : firstConsumer;
		assertThat(plan.links(Service.NETWORK_GATEWAY))
			.containsExactly(new Link(Service.NETWORK_GATEWAY, server.other(), server, Via.DIRECT));
		assertThat(plan.cluster(server).service(Service.NETWORK_GATEWAY).method()).isEqualTo(expected.type());
		assertThat(plan.cluster(server).exposure(Service.NETWORK_GATEWAY)).isEqualTo("Gateway server: " + expected.type());
		assertThat(plan.cluster(server).service(Service.NETWORK_GATEWAY).port())
			.isEqualTo(expected.type().equals("LoadBalancer") ? Optional.of(51840) : Optional.empty());
		assertThat(plan.cluster(server.other()).exposure(Service.NETWORK_GATEWAY)).isEqualTo("Gateway client (dials out)");
		assertThat(plan.cluster(server.other()).service(Service.NETWORK_GATEWAY).method()).isEqualTo("Client");

		// The API links, one per direction, each read from the row of that direction.
		List<Link> expectedApi = new ArrayList<>();
		List<Side> consumers = (peering == Peering.BOTH) ? List.of(Side.A, Side.B) : List.of(firstConsumer);
		for (Side consumer : consumers) {
			Location c = (consumer == Side.A) ? a : b;
			Location p = (consumer == Side.A) ? b : a;
			expectedApi.add(new Link(Service.KUBERNETES_API_SERVER, consumer, consumer.other(),
					via(directed(c, p, network).api())));
		}
		assertThat(plan.links(Service.KUBERNETES_API_SERVER)).containsExactlyElementsOf(expectedApi);

		// Where peer.sh runs: inside the NAT site whose API nobody else reaches.
		Optional<Side> operator = switch (expected.operator()) {
			case "consumer" -> Optional.of(firstConsumer);
			case "provider" -> Optional.of(firstConsumer.other());
			default -> Optional.empty();
		};
		if (peering == Peering.BOTH && network == Network.INTERNET) {
			// Both clusters provide: every NAT'd cluster's API is in-band, so peer.sh runs behind its router.
			operator = (a == Location.ONPREM_NAT) ? Optional.of(Side.A)
					: (b == Location.ONPREM_NAT) ? Optional.of(Side.B) : Optional.empty();
		}
		assertThat(plan.operatorSite()).isEqualTo(operator);
	}

	private static Via via(String api) {
		return switch (api) {
			case "direct" -> Via.DIRECT;
			case "in-band" -> Via.IN_BAND;
			default -> Via.PORT_FORWARD;
		};
	}

	@ParameterizedTest(name = "{0} + {1} over {2}, {3}")
	@MethodSource("everyCombination")
	void swappingTheColumnsAndTheDirectionMirrorsThePlan(Location a, Location b, Network network, Peering peering) {
		Peering mirrored = switch (peering) {
			case A_TO_B -> Peering.B_TO_A;
			case B_TO_A -> Peering.A_TO_B;
			case BOTH -> Peering.BOTH;
		};
		String query = query(a, b, network, peering);
		String swapped = "liqo=v1.2.0&network=" + network.value() + "&a.name=right&a.location=" + b.value()
				+ "&b.name=left&b.location=" + a.value() + "&peering=" + mirrored.value();
		Optional<Plan> plan = planOrRefusal(query);
		Optional<Plan> other = planOrRefusal(swapped);
		assertThat(other.isPresent()).isEqualTo(plan.isPresent());
		if (plan.isEmpty()) {
			return;
		}
		for (Side side : Side.values()) {
			ClusterPlan left = plan.get().cluster(side);
			ClusterPlan right = other.get().cluster(side.other());
			assertThat(right.name()).isEqualTo(left.name());
			assertThat(right.role()).isEqualTo(left.role());
			assertThat(right.values().toMap()).isEqualTo(left.values().toMap());
			if (peering == Peering.BOTH) {
				// Both directions: A to B goes first, so a tie for the gateway server goes to column B.
				assertThat(right.service(Service.KUBERNETES_API_SERVER))
					.isEqualTo(left.service(Service.KUBERNETES_API_SERVER));
			}
			else {
				assertThat(right.services()).isEqualTo(left.services());
			}
		}
		assertThat(other.get().scenario()).isEqualTo(plan.get().scenario());
	}

	private static Optional<Plan> planOrRefusal(String query) {
		try {
			return Optional.of(TestQueries.plan(query));
		}
		catch (InvalidAnswersException ex) {
			return Optional.empty();
		}
	}

	@Test
	void withoutPeeringTheDirectionIsAToBAndTheUrlCarriesIt() {
		Plan plan = TestQueries.plan("liqo=v1.2.0&network=internet&a.location=onprem-nat&b.location=cloud");
		assertThat(plan.answers().peering()).contains(Peering.A_TO_B);
		assertThat(plan.answers().toParameters()).containsEntry("peering", "a-to-b");
		assertThat(plan.cluster(Side.A).role()).isEqualTo(Role.CONSUMER);
	}

	@Test
	void aNatConsumerPeeringWithACloudProviderNeedsNoForward() {
		Plan plan = TestQueries.plan("liqo=v1.2.0&network=internet&a.name=edge&a.location=onprem-nat"
				+ "&a.distribution=k3s&b.name=azure&b.location=cloud&b.distribution=aks&peering=a-to-b");
		assertThat(plan.hasPortForwards()).isFalse();
		assertThat(plan.links(Service.NETWORK_GATEWAY))
			.containsExactly(new Link(Service.NETWORK_GATEWAY, Side.A, Side.B, Via.DIRECT));
		assertThat(plan.operatorSite()).contains(Side.A);
	}

	@Test
	void aNatProviderGetsTheServerOnTheConsumerAndItsApiInBand() {
		Plan plan = TestQueries.plan("liqo=v1.2.0&network=internet&a.name=azure&a.location=cloud&a.distribution=aks"
				+ "&b.name=edge&b.location=onprem-nat&b.distribution=k3s&peering=a-to-b");
		assertThat(plan.hasPortForwards()).isFalse();
		assertThat(plan.links(Service.NETWORK_GATEWAY))
			.containsExactly(new Link(Service.NETWORK_GATEWAY, Side.B, Side.A, Via.DIRECT));
		assertThat(plan.links(Service.KUBERNETES_API_SERVER))
			.containsExactly(new Link(Service.KUBERNETES_API_SERVER, Side.A, Side.B, Via.IN_BAND));
		assertThat(plan.limitations()).anySatisfy((text) -> assertThat(text).contains("not covered by its end-to-end"));
	}

	@Test
	void aNatProviderWithAnApiForwardIsReachedThroughIt() {
		Plan plan = TestQueries.plan("liqo=v1.2.0&network=internet&a.name=azure&a.location=cloud&a.distribution=aks"
				+ "&b.name=edge&b.location=onprem-nat&b.distribution=k3s&b.address=203.0.113.10&b.natApiPort=16443");
		assertThat(plan.links(Service.KUBERNETES_API_SERVER))
			.containsExactly(new Link(Service.KUBERNETES_API_SERVER, Side.A, Side.B, Via.PORT_FORWARD));
		ClusterPlan edge = plan.cluster(Side.B);
		assertThat(edge.exposure(Service.KUBERNETES_API_SERVER)).isEqualTo("Port-forwarding");
		assertThat(edge.portForwards()).containsExactly(new PortForward(Service.KUBERNETES_API_SERVER, 16443,
				Protocol.TCP, "port 6443 of the control-plane node"));
		assertThat(edge.apiServerUrl()).contains("https://203.0.113.10:16443");
		assertThat(edge.values().toMap()).containsEntry("apiServer", Map.of("address", "https://203.0.113.10:16443"));
		// Its API answers from outside, so peer.sh may run anywhere.
		assertThat(plan.operatorSite()).isEmpty();
		// The tunnel still needs no forward: the server stays on the reachable consumer.
		assertThat(plan.links(Service.NETWORK_GATEWAY))
			.containsExactly(new Link(Service.NETWORK_GATEWAY, Side.B, Side.A, Via.DIRECT));
	}

	@Test
	void natToNatWithOneUdpForwardPutsThePinnedServerBehindIt() {
		Plan plan = TestQueries.plan("liqo=v1.2.0&network=internet&a.name=home&a.location=onprem-nat"
				+ "&a.distribution=k3s&b.name=shop&b.location=onprem-nat&b.distribution=k3s&b.address=198.51.100.7"
				+ "&b.natGatewayPort=31840&peering=a-to-b");
		assertThat(plan.scenario().id()).isEqualTo("onprem-nat-to-onprem-nat");
		ClusterPlan shop = plan.cluster(Side.B);
		assertThat(shop.exposure(Service.NETWORK_GATEWAY)).isEqualTo("Gateway server: NodePort with port-forwarding");
		assertThat(shop.service(Service.NETWORK_GATEWAY).method()).isEqualTo("NodePort");
		assertThat(shop.service(Service.NETWORK_GATEWAY).port()).contains(31840);
		assertThat(shop.portForwards()).extracting(PortForward::externalPort, PortForward::protocol)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(31840, Protocol.UDP));
		assertThat(plan.links(Service.NETWORK_GATEWAY))
			.containsExactly(new Link(Service.NETWORK_GATEWAY, Side.A, Side.B, Via.PORT_FORWARD));
		assertThat(plan.links(Service.KUBERNETES_API_SERVER))
			.containsExactly(new Link(Service.KUBERNETES_API_SERVER, Side.A, Side.B, Via.IN_BAND));
		assertThat(plan.operatorSite()).contains(Side.B);
		assertThat(plan.notes()).anySatisfy((note) -> assertThat(note).contains("home is behind NAT too"));
	}

	@Test
	void aRouterPortOutsideTheNodePortRangePinsTheDefaultNodePort() {
		Plan plan = TestQueries.plan("liqo=v1.2.0&network=internet&a.location=onprem-nat&a.natGatewayPort=51840"
				+ "&a.address=home.example.net&b.location=onprem-nat&peering=a-to-b");
		ClusterPlan a = plan.cluster(Side.A);
		assertThat(a.service(Service.NETWORK_GATEWAY).port()).contains(31840);
		assertThat(a.portForwards().get(0).target()).contains("31840");
		assertThat(plan.cluster(Side.B).exposure(Service.NETWORK_GATEWAY)).isEqualTo("Gateway client (dials out)");
	}

	@Test
	void anOnPremLoadBalancerServesTheGatewayOnlyWhereOneExists() {
		Plan plan = TestQueries.plan("liqo=v1.2.0&network=lan&a.location=onprem&b.location=onprem&a.lb=yes");
		// A (consumer) has a LoadBalancer, B (provider) not: the server moves to A as a LoadBalancer.
		assertThat(plan.cluster(Side.A).exposure(Service.NETWORK_GATEWAY)).isEqualTo("Gateway server: LoadBalancer");
		assertThat(plan.cluster(Side.B).exposure(Service.NETWORK_GATEWAY)).isEqualTo("Gateway client (dials out)");
		Plan routed = TestQueries.plan("liqo=v1.2.0&network=routed&a.location=cloud&b.location=onprem&b.lb=yes");
		assertThat(routed.cluster(Side.B).exposure(Service.NETWORK_GATEWAY)).isEqualTo("Gateway server: LoadBalancer");
		assertThat(routed.cluster(Side.A).exposure(Service.NETWORK_GATEWAY)).isEqualTo("Gateway client (dials out)");
	}

	@Test
	void refusesRefinementsThatDoNotApplyToV120() {
		assertRefused("network=internet&a.location=cloud&b.location=cloud&a.auth=loadbalancer", "a.auth",
				"v0.3.2 only", "no auth service");
		assertRefused("network=internet&a.location=onprem-nat&b.location=cloud&a.natAuthPort=30443",
				"a.natAuthPort", "v0.3.2 only");
		assertRefused("network=lan&a.location=onprem-nat&b.location=onprem&a.natApiPort=16443", "a.natApiPort",
				"only over the Internet");
		assertRefused("network=internet&a.location=onprem-nat&b.location=cloud&a.natApiPort=16443&peering=a-to-b",
				"a.natApiPort", "only offloads");
		assertRefused("network=internet&a.location=onprem-nat&b.location=cloud&a.natGatewayPort=31840",
				"a.natGatewayPort", "not needed", "dials out");
		assertRefused("network=internet&a.location=onprem-nat&b.location=onprem-nat&a.natGatewayPort=31840"
				+ "&b.natGatewayPort=31841", "b.natGatewayPort", "One forward is enough");
		assertRefused("network=internet&a.location=onprem-nat&b.location=cloud&a.address=203.0.113.10",
				"a.address", "not used");
		assertRefused("network=internet&a.location=onprem&b.location=cloud&a.lb=yes", "a.lb",
				"makes no difference", "gateway client");
		assertRefused("network=internet&a.location=onprem-nat&b.location=onprem&a.lb=yes", "a.lb", "behind NAT");
	}

	private static void assertRefused(String query, String parameter, String... words) {
		assertThatExceptionOfType(InvalidAnswersException.class)
			.isThrownBy(() -> TestQueries.plan("liqo=v1.2.0&" + query))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.parameter()).isEqualTo(parameter);
				assertThat(problem.message()).contains(words).doesNotContain("a.", "b.");
			}));
	}

	@ParameterizedTest(name = "{0} + {1} over {2}, {3}")
	@MethodSource("everyCombination")
	void everyRefinementAskedIsAcceptedWithEachChoice(Location a, Location b, Network network, Peering peering) {
		String query = query(a, b, network, peering);
		if (planOrRefusal(query).isEmpty()) {
			return;
		}
		List<Refinement> questions = TestQueries.RELEASES.get("v1.2.0").refinements(TestQueries.answers(query));
		assertThat(questions).extracting(Refinement::key)
			.noneMatch((key) -> List.of("auth", "ingressHost", "ingressClass", "natAuthPort").contains(key));
		assertThat(questions).filteredOn((question) -> question.side().isEmpty())
			.singleElement()
			.satisfies((question) -> assertThat(question.parameter()).isEqualTo("peering"));
		for (Refinement question : questions) {
			if (question.side().isEmpty()) {
				continue; // the direction is in the query already; every direction is a case of its own
			}
			List<String> values = question.isChoice() ? question.choices() : List.of(sample(question));
			for (String value : values) {
				String refined = query + "&" + question.parameter() + "=" + value;
				// Behind NAT the router's address comes with the forward it is for, and the other way round.
				if (question.key().equals("natApiPort")) {
					refined += "&" + question.side().orElseThrow().id() + ".address=203.0.113.10";
				}
				boolean nat = (question.isAbout(Side.A) ? a : b) == Location.ONPREM_NAT;
				if (question.key().equals("address") && nat && network == Network.INTERNET) {
					refined += "&" + question.side().orElseThrow().id() + ".natApiPort=16443";
				}
				assertThat(planOrRefusal(refined)).as(refined).isPresent();
			}
		}
	}

	private static String sample(Refinement question) {
		return switch (question.key()) {
			case "address" -> "203.0.113.10";
			case "podCidr" -> "10.50.0.0/16";
			case "serviceCidr" -> "10.51.0.0/16";
			default -> "31840";
		};
	}

}
