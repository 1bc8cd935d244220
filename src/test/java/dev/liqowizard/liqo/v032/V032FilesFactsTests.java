package dev.liqowizard.liqo.v032;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Warning;
import dev.liqowizard.support.TestQueries;

import static dev.liqowizard.support.TestQueries.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v0.3.2 facts of the second source audit (reference/liqo/v0.3-facts.md section 7) that the
 * values and the plan page carry: EKS controller-manager flag, MTU per provider, the Ingress's TLS
 * Secret, auth URLs the ForeignCluster CRD accepts, and warnings about special addresses.
 */
class V032FilesFactsTests {

	private static final String CLOUD_PAIR = "liqo=v0.3.2&network=internet&a.name=left&a.location=cloud"
			+ "&b.name=right&b.location=cloud";

	@Test
	void eksValuesDisableKubeletCertificateGenerationAsLiqoctlDoes() {
		ClusterPlan eks = TestQueries.plan(CLOUD_PAIR + "&a.distribution=eks&b.distribution=gke").cluster(Side.A);
		assertThat(eks.values().toMap()).extractingByKey("controllerManager")
			.isEqualTo(Map.of("pod", Map.of("extraArgs", List.of("--disable-kubelet-certificate-generation=true"))));
		assertThat(eks.notes()).anySatisfy((note) -> assertThat(note)
			.contains("--disable-kubelet-certificate-generation=true", "virtual node never appears"));
		ClusterPlan gke = TestQueries.plan(CLOUD_PAIR + "&a.distribution=eks&b.distribution=gke").cluster(Side.B);
		assertThat(gke.values().toMap()).doesNotContainKey("controllerManager");
	}

	@Test
	void oneExtraArgsListCarriesTheAuthAddressOverrideAndNothingIsLost() {
		ClusterPlan nat = TestQueries.plan("liqo=v0.3.2&network=internet&a.location=onprem-nat&a.distribution=k3s"
				+ "&a.address=203.0.113.10&b.location=cloud&b.distribution=eks").cluster(Side.A);
		assertThat(nat.values().toMap()).extractingByKey("controllerManager")
			.isEqualTo(Map.of("pod", Map.of("extraArgs", List.of("--auth-service-address-override=203.0.113.10"))));
	}

	@ParameterizedTest
	@CsvSource({ "gke, 1400", "aks, 1360" })
	void setsTheMtuLiqoctlSetsWhereItDiffersFromTheChart(String distribution, int mtu) {
		ClusterPlan cluster = TestQueries.plan(CLOUD_PAIR + "&a.distribution=" + distribution).cluster(Side.A);
		assertThat(cluster.values().toMap()).extractingByKey("networkConfig").isEqualTo(Map.of("mtu", mtu));
		assertThat(cluster.notes()).anySatisfy((note) -> assertThat(note).startsWith("Network MTU: " + mtu)
			.contains("networkConfig.mtu", "liqoctl"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a.location=cloud&a.distribution=eks", "a.location=onprem&a.distribution=k3s",
			"a.location=onprem&a.distribution=k8s", "a.location=cloud", "a.location=onprem" })
	void leavesTheChartsMtuOfOtherDistributionsAndSaysSo(String cluster) {
		ClusterPlan plan = TestQueries.plan("liqo=v0.3.2&network=internet&" + cluster + "&b.location=cloud")
			.cluster(Side.A);
		assertThat(plan.values().toMap()).doesNotContainKey("networkConfig");
		assertThat(plan.notes()).anySatisfy((note) -> assertThat(note).contains("Network MTU", "1440"));
	}

	@Test
	void aCloudClusterOfUnknownDistributionIsToldAboutGkeAndAks() {
		ClusterPlan plan = TestQueries.plan(CLOUD_PAIR).cluster(Side.A);
		assertThat(plan.notes()).anySatisfy((note) -> assertThat(note).contains("GKE (1400)", "AKS (1360)"));
	}

	@Test
	void ingressNotesNameTheControllerConsideredAndTheTlsSecretToCreate() {
		ClusterPlan plan = TestQueries.plan(CLOUD_PAIR + "&a.auth=ingress&a.ingressHost=liqo.example.com")
			.cluster(Side.A);
		String notes = String.join("\n", plan.notes());
		assertThat(notes).doesNotContain("any controller", "every controller")
			.contains("ingress-nginx", "liqo-auth", "namespace liqo",
					"kubectl -n liqo create secret tls liqo-auth --cert", "--key", "cert-manager",
					"valid for liqo.example.com");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			network=internet&a.location=onprem-nat&a.address=edge.mycluster.internal&b.location=cloud | a.address | https://edge.mycluster.internal | the public address of the NAT router in front of cluster-a (cluster A)
			network=internet&a.location=onprem-nat&a.address=edge.internal&a.natAuthPort=31000&b.location=cloud | a.address | https://edge.internal:31000 | the public address of the NAT router
			network=internet&a.location=onprem&a.lb=no&a.address=cluster.internal&b.location=cloud | a.address | https://cluster.internal:<NodePort> | the public address of cluster-a (cluster A)
			network=routed&a.location=onprem&a.address=site.private&b.location=cloud | a.address | https://site.private:<NodePort> | the public address of cluster-a
			network=internet&a.location=cloud&a.auth=ingress&a.ingressHost=liqo.example.cluster&b.location=cloud | a.ingressHost | https://liqo.example.cluster | the Ingress host of cluster-a (cluster A)
			""")
	void refusesAddressesWhoseAuthUrlTheForeignClusterCrdRefuses(String query, String parameter, String url,
			String words) {
		List<Problem> problems = problems("liqo=v0.3.2&" + query);
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.parameter()).isEqualTo(parameter);
			assertThat(problem.message()).startsWith(Character.toUpperCase(words.charAt(0)) + words.substring(1))
				.contains(url, "Use an IP address", "at most 6 characters")
				.doesNotContain(parameter);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "network=internet&a.location=onprem-nat&a.address=edge.example.com&b.location=cloud",
			"network=internet&a.location=onprem-nat&a.address=203.0.113.10&a.natAuthPort=31000&b.location=cloud",
			"network=internet&a.location=onprem-nat&a.address=edge.ex.internal&b.location=cloud",
			"network=internet&a.location=onprem&a.lb=no&a.address=cluster.lab&b.location=cloud",
			// Where Liqo takes the address from the cluster, the answer never becomes the auth URL.
			"network=internet&a.location=cloud&a.address=api.mycluster.internal&b.location=cloud",
			"network=internet&a.location=onprem&a.address=api.mycluster.internal&b.location=cloud",
			"network=lan&a.location=onprem&a.address=node.mycluster.internal&b.location=onprem" })
	void acceptsAddressesWhoseAuthUrlTheCrdAcceptsOrThatNeverBecomeOne(String query) {
		assertThat(problems("liqo=v0.3.2&" + query)).isEmpty();
	}

	@Test
	void theCheckUsesTheCrdsOwnPatternUnanchoredAsTheApiServerDoes() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/reference/liqo/foreigncluster-crd-v0.3.2.yaml")) {
			String crd = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			String pattern = crd.lines()
				.map(String::strip)
				.dropWhile((line) -> !line.equals("foreignAuthUrl:"))
				.filter((line) -> line.startsWith("pattern: "))
				.findFirst()
				.map((line) -> line.substring("pattern: ".length()))
				.orElseThrow();
			assertThat(ForeignAuthUrl.CRD_PATTERN).isEqualTo(pattern);
		}
		assertThat(ForeignAuthUrl.accepts("https://edge.example.com")).isTrue();
		assertThat(ForeignAuthUrl.accepts("https://203.0.113.10:30443")).isTrue();
		assertThat(ForeignAuthUrl.accepts("https://cluster.internal:31000")).isFalse();
		assertThat(ForeignAuthUrl.accepts("https://liqo.mycluster.internal")).isFalse();
		assertThat(ForeignAuthUrl.accepts("https://nodot:443")).isFalse();
	}

	@Test
	void warnsAboutSpecialAddressesAndWideRangesWithoutRefusingThem() {
		Plan plan = TestQueries.plan("liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
				+ "&a.address=127.0.0.1&a.podCidr=10.0.0.0/7&a.serviceCidr=169.254.0.0/24"
				+ "&b.name=azure&b.location=cloud&b.address=169.254.169.254");
		assertThat(plan.warnings()).extracting(Warning::parameter)
			.containsExactly("a.address", "a.podCidr", "a.serviceCidr", "b.address");
		assertThat(plan.warnings().get(0).message())
			.startsWith("The public address of the NAT router in front of edge (cluster A), 127.0.0.1, falls on "
					+ "the loopback range");
		assertThat(plan.warnings().get(1).message()).contains("wider than /8");
		assertThat(plan.warnings().get(2).message()).contains("link-local", "metadata");
		assertThat(plan.warnings().get(3).message()).startsWith("The API server endpoint of azure (cluster B)");
		assertThat(plan.warnings()).allSatisfy((warning) -> assertThat(warning.message()).doesNotContain("a.", "b."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a.address=0.0.0.0", "a.address=255.255.255.255", "a.podCidr=0.0.0.0/0",
			"a.serviceCidr=127.0.0.0/16" })
	void warnsAboutEveryKindOfSpecialAddress(String answer) {
		Plan plan = TestQueries.plan("liqo=v0.3.2&network=internet&a.location=onprem&" + answer + "&b.location=cloud");
		assertThat(plan.warnings()).singleElement()
			.satisfies((warning) -> assertThat(answer).startsWith(warning.parameter() + "="));
	}

	@Test
	void ordinaryAnswersGetNoWarnings() {
		assertThat(TestQueries.plan("liqo=v0.3.2&network=internet&a.location=onprem-nat&a.address=203.0.113.10"
				+ "&a.podCidr=10.42.0.0/16&a.serviceCidr=10.43.0.0/16&b.location=cloud&b.address=10.0.0.1")
			.warnings()).isEmpty();
	}

}
