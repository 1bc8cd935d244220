package dev.liqowizard.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnswerParserTests {

	private static final String CORE = "network=internet&a.location=onprem-nat&b.location=cloud";

	@Test
	void readsTheCanonicalExampleOfTheProduct() {
		Answers answers = TestQueries.answers("liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
				+ "&a.distribution=k3s&b.name=azure&b.location=cloud&b.distribution=aks");
		assertThat(answers.release()).isEqualTo("v0.3.2");
		assertThat(answers.network()).isEqualTo(Network.INTERNET);
		assertThat(answers.a().name()).isEqualTo("edge");
		assertThat(answers.a().location()).isEqualTo(Location.ONPREM_NAT);
		assertThat(answers.a().distribution()).contains(Distribution.K3S);
		assertThat(answers.b().distribution()).contains(Distribution.AKS);
	}

	@Test
	void givesDefaultsForReleaseAndNames() {
		Answers answers = TestQueries.answers(CORE);
		// The newest release this build supports.
		assertThat(answers.release()).isEqualTo("v1.2.0");
		assertThat(answers.a().name()).isEqualTo("cluster-a");
		assertThat(answers.b().name()).isEqualTo("cluster-b");
		assertThat(answers.a().distribution()).isEmpty();
	}

	@Test
	void writesCanonicalParametersInContractOrderWhateverTheInputOrder() {
		Answers answers = TestQueries.answers("b.distribution=aks&a.address=203.0.113.10&b.location=cloud"
				+ "&a.location=onprem-nat&network=internet&a.natApiPort=16443");
		assertThat(answers.toParameters()).containsExactly(Map.entry("liqo", "v1.2.0"),
				Map.entry("network", "internet"), Map.entry("a.name", "cluster-a"),
				Map.entry("a.location", "onprem-nat"), Map.entry("a.address", "203.0.113.10"),
				Map.entry("a.natApiPort", "16443"), Map.entry("b.name", "cluster-b"), Map.entry("b.location", "cloud"),
				Map.entry("b.distribution", "aks"));
	}

	@Test
	void namesEveryMissingRequiredParameter() {
		assertThat(problems("")).extracting(Problem::parameter).containsExactly("network", "a.location", "b.location");
		assertThat(problems("")).allSatisfy((problem) -> assertThat(problem.message()).contains("Allowed:"));
	}

	@Test
	void refusesUnknownParametersAndListsTheKnownOnes() {
		List<Problem> problems = problems(CORE + "&a.colour=blue");
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.parameter()).isEqualTo("a.colour");
			assertThat(problem.message()).contains("not a parameter").contains("a.natGatewayPort");
		});
	}

	@Test
	void refusesRepeatedParameters() {
		assertThat(problems(CORE + "&network=lan")).singleElement()
			.satisfies((problem) -> assertThat(problem).isEqualTo(new Problem("network", "is given 2 times; give it once.")));
	}

	@Test
	void refusesEmptyValuesAndSaysWhatIsAllowed() {
		assertThat(problems("network=internet&a.location=&b.location=cloud")).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.parameter()).isEqualTo("a.location");
				assertThat(problem.message()).contains("empty").contains("cloud, onprem, onprem-nat");
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			liqo=v9                | liqo           | Allowed: v0.3.2
			network=wan            | network        | Allowed: internet, lan, routed
			a.name=Edge            | a.name         | DNS-1123
			a.name=-edge           | a.name         | DNS-1123
			a.name=edge_1          | a.name         | DNS-1123
			a.distribution=openshift | a.distribution | Allowed: aks, gke, eks, k8s, k3s
			a.address=203.0.113.256 | a.address     | not a valid IPv4 address
			a.address=localhost    | a.address      | at least two labels
			a.address=a..b         | a.address      | DNS name
			a.auth=clusterip       | a.auth         | Allowed: loadbalancer, ingress, nodeport
			a.lb=true              | a.lb           | Allowed: yes, no
			a.podCidr=10.42.0.0    | a.podCidr      | CIDR notation
			a.podCidr=10.42.0.1/16 | a.podCidr      | did you mean 10.42.0.0/16?
			a.podCidr=10.42.0.0/33 | a.podCidr      | CIDR notation
			a.natAuthPort=0        | a.natAuthPort  | from 1 to 65535
			a.natAuthPort=65536    | a.natAuthPort  | from 1 to 65535
			a.natAuthPort=0443     | a.natAuthPort  | from 1 to 65535
			a.natAuthPort=+443     | a.natAuthPort  | from 1 to 65535
			peering=sideways       | peering        | Allowed: a-to-b, b-to-a, both
			""")
	void refusesValuesOutsideTheirSet(String parameter, String name, String message) {
		String query = CORE.replaceAll("(^|&)" + parameter.substring(0, parameter.indexOf('=')) + "=[^&]*", "")
				+ "&" + parameter;
		assertThat(problems(query)).extracting(Problem::parameter).containsExactly(name);
		assertThat(problems(query).get(0).message()).contains(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a.name=y          | a boolean
			a.name=no         | a boolean
			a.name=off        | a boolean
			a.name=true       | a boolean
			a.name=null       | null
			a.name=123        | a number
			a.name=0x1f       | a number
			a.name=0o17       | a number
			a.name=0b101      | a number
			a.name=1e3        | a number
			a.name=1e-3       | a number
			a.name=017        | a number
			a.name=2024-01-15 | a date
			""")
	void refusesClusterNamesThatYaml11ReadsAsSomethingElse(String parameter, String reading) {
		assertThat(problems(CORE + "&" + parameter)).singleElement().satisfies((problem) -> {
			assertThat(problem.parameter()).isEqualTo("a.name");
			assertThat(problem.message()).contains("cannot be a cluster name", "YAML 1.1", "would get " + reading,
					"like edge-1").doesNotContain("a.name");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			on       | a boolean
			yes      | a boolean
			1.5      | a number
			1.5e3    | a number
			0x1f     | a number
			""")
	void refusesIngressClassesThatYaml11ReadsAsSomethingElse(String ingressClass, String reading) {
		String query = "network=internet&a.location=cloud&b.location=cloud&a.auth=ingress"
				+ "&a.ingressHost=auth.example.com&a.ingressClass=" + ingressClass;
		assertThat(problems(query)).singleElement().satisfies((problem) -> {
			assertThat(problem.parameter()).isEqualTo("a.ingressClass");
			assertThat(problem.message()).contains("cannot be an ingress class", "would get " + reading);
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a.podCidr=-10.0.0.0/8       | a.podCidr
			a.podCidr=+10.0.0.0/8       | a.podCidr
			a.serviceCidr=10.96.0.0/+12 | a.serviceCidr
			a.podCidr=10.0.0.0/08       | a.podCidr
			a.podCidr=١٠.0.0.0/8 | a.podCidr
			a.natApiPort=٤٤٣ | a.natApiPort
			a.natApiPort=-1             | a.natApiPort
			a.natApiPort=99999999999    | a.natApiPort
			a.address=+1.2.3.4          | a.address
			a.address=١.2.3.4      | a.address
			""")
	void parsesNumbersStrictlyAndNeverShowsAnExceptionsOwnText(String parameter, String name) {
		assertThat(problems(CORE + "&" + parameter)).singleElement().satisfies((problem) -> {
			assertThat(problem.parameter()).isEqualTo(name);
			assertThat(problem.message()).doesNotContain("For input string", "NumberFormat", "Exception");
		});
	}

	@Test
	void refusesADistributionOfTheOtherKindOfLocation() {
		assertThat(problems(CORE + "&a.distribution=aks")).singleElement().satisfies((problem) -> {
			assertThat(problem.parameter()).isEqualTo("a.distribution");
			assertThat(problem.message()).contains("managed cloud distribution").contains("k8s, k3s");
		});
		assertThat(problems(CORE + "&b.distribution=k3s")).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("use aks, gke or eks"));
	}

	@Test
	void refusesTwoClustersWithOneName() {
		assertThat(problems(CORE + "&a.name=edge&b.name=edge")).singleElement()
			.satisfies((problem) -> assertThat(problem.parameter()).isEqualTo("b.name"));
		assertThat(problems(CORE + "&a.name=cluster-b")).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("must differ"));
	}

	@Test
	void refusesIngressHostsThatAreIpAddressesAndClassesThatAreNotNames() {
		String cloud = "network=internet&a.location=cloud&b.location=cloud";
		assertThat(problems(cloud + "&a.auth=ingress&a.ingressHost=203.0.113.7")).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("cannot be an IP address"));
		assertThat(problems(cloud + "&a.auth=ingress&a.ingressHost=auth.example.com&a.ingressClass=Nginx!"))
			.extracting(Problem::parameter)
			.containsExactly("a.ingressClass");
	}

	@Test
	void refusesOverlappingPodAndServiceRanges() {
		assertThat(problems(CORE + "&a.podCidr=10.0.0.0/8&a.serviceCidr=10.96.0.0/12")).singleElement()
			.satisfies((problem) -> assertThat(problem.parameter()).isEqualTo("a.serviceCidr"));
		assertThat(problems(CORE + "&a.podCidr=10.42.0.0/16&a.serviceCidr=10.43.0.0/16")).isEmpty();
	}

	@Test
	void normalisesDnsNamesToLowerCase() {
		assertThat(TestQueries.answers(CORE + "&a.address=Edge.Example.COM").a().address())
			.contains(new HostAddress("edge.example.com", false));
	}

	@Test
	void takesTheHostOfAnApiServerUrlPastedAsAnAddress() {
		Answers answers = TestQueries.answers(CORE + "&a.address=https%3A%2F%2Fmyaks-1a2b.hcp.westeurope.azmk8s.io%3A443");
		assertThat(answers.a().address()).contains(new HostAddress("myaks-1a2b.hcp.westeurope.azmk8s.io", false));
		assertThat(answers.toParameters()).containsEntry("a.address", "myaks-1a2b.hcp.westeurope.azmk8s.io");
	}

	@Test
	void quotesHostileInputShortAndOnOneLine() {
		String hostile = "<script>alert(1)</script>\n" + "x".repeat(200);
		List<Problem> problems = TestQueries.RELEASES.parser()
			.parse(List.of(Map.entry("network", hostile), Map.entry("a.location", "cloud"),
					Map.entry("b.location", "cloud")))
			.problems();
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.message()).doesNotContain("\n").contains("…");
			assertThat(problem.message().length()).isLessThan(120);
		});
	}

	@Test
	void capsTheNumberOfProblemsReported() {
		StringBuilder query = new StringBuilder(CORE);
		for (int i = 0; i < 50; i++) {
			query.append("&unknown").append(i).append("=x");
		}
		List<Problem> problems = problems(query.toString());
		assertThat(problems).hasSize(AnswerParser.MAX_PROBLEMS + 1);
		assertThat(problems.get(AnswerParser.MAX_PROBLEMS).message()).startsWith("and 30 more problems");
	}

	@Test
	void draftKeepsTheTextOfEveryKnownParameterForTheForms() {
		AnswerDraft draft = TestQueries.draft("a.name=Bad Name&a.location=cloud&zzz=1");
		assertThat(draft.given()).containsExactly(Map.entry("a.name", "Bad Name"), Map.entry("a.location", "cloud"));
		assertThat(draft.location(Side.A)).contains(Location.CLOUD);
		assertThat(draft.name(Side.A)).isEqualTo("cluster-a");
		assertThatExceptionOfType(InvalidAnswersException.class).isThrownBy(draft::toAnswers)
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::parameter)
				.containsExactly("a.name", "zzz", "network", "b.location"));
	}

	private static List<Problem> problems(String query) {
		try {
			TestQueries.answers(query);
			return List.of();
		}
		catch (InvalidAnswersException ex) {
			return ex.problems();
		}
	}

}
