package dev.liqowizard.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.liqowizard.support.RawQuery;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class WizardTests {

	private static final String NAT_A = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat&a.distribution=k3s"
			+ "&a.address=203.0.113.10";

	private static final String NAT_B = "&b.name=azure&b.location=cloud&b.distribution=aks"
			+ "&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16";

	@Autowired
	private MockMvc mvc;

	@Test
	void startPageAsksTheReleaseNewestFirstAndOffersTheSeedsAsCompletePlans() throws Exception {
		Document page = page("/", 200);
		List<String> oldestFirst = TestQueries.RELEASES.all().stream().map((release) -> release.version()).toList();
		String newest = oldestFirst.get(oldestFirst.size() - 1);
		assertThat(page.select("input[name=liqo]").eachAttr("value")).hasSize(oldestFirst.size()).first().isEqualTo(newest);
		assertThat(page.selectFirst("input[name=liqo][checked]").val()).isEqualTo(newest);
		assertThat(page.select("input[name=liqo] ~ .form-text").eachText()).allMatch((text) -> text.contains("Pick it"));
		assertThat(page.selectFirst("form.wizard-form").attr("action")).isEqualTo("/wizard/network");
		assertThat(page.select("#result-title + ol li")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.selectFirst("meta[name=description]").attr("content")).isNotBlank();
		assertThat(page.selectFirst("label[for=theme]").hasClass("visually-hidden")).isFalse();
		List<String> examples = page.select(".examples a").eachAttr("href");
		assertThat(examples).hasSize(4).allMatch((url) -> url.startsWith("/plan?liqo=" + newest + "&"));
		for (String example : examples) {
			Document plan = page(example, 200);
			assertThat(plan.getElementById("missing")).as(example).isNull();
			assertThat(plan.select(".checklist > li")).as(example).hasSizeGreaterThanOrEqualTo(4);
		}
	}

	@Test
	void theNetworkComesFirstAndTheCountMatchesTheListOfSteps() throws Exception {
		Document page = page("/wizard/network?liqo=v0.3.2", 200);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Network");
		assertThat(page.select(".wizard-progress p").text()).startsWith("Step 1 of 4");
		assertThat(page.select(".wizard-steps li").eachText()).containsExactly("1. Network", "2. Cluster A",
				"3. Cluster B", "4. Options");
		assertThat(page.selectFirst("form").attr("action")).isEqualTo("/wizard/cluster-a");
		Document lan = page("/wizard/cluster-b?liqo=v0.3.2&network=lan&a.location=onprem&a.distribution=k3s", 200);
		assertThat(lan.select(".wizard-progress p").text()).startsWith("Step 3 of 3");
		assertThat(lan.select(".wizard-steps li")).hasSize(3);
	}

	@Test
	void completedStepsAreLinksThatKeepTheAnswers() throws Exception {
		Document page = page("/wizard/cluster-b?" + NAT_A, 200);
		assertThat(page.select(".wizard-steps a").eachText()).containsExactly("1. Network", "2. Cluster A");
		assertThat(page.select(".wizard-steps a").get(1).attr("href")).isEqualTo("/wizard/cluster-a?" + NAT_A);
		assertThat(page.selectFirst(".wizard-steps [aria-current=step]").text()).isEqualTo("3. Cluster B");
		Document edit = page("/wizard/network?" + NAT_A + NAT_B, 200);
		assertThat(edit.select(".wizard-steps a").eachText()).containsExactly("2. Cluster A", "3. Cluster B",
				"4. Options");
		assertThat(edit.select("button[formaction=/wizard/done]")).hasSize(1);
	}

	@Test
	void clusterAIsExplainedAndAsksWhatTheFilesNeedWithHowToFindIt() throws Exception {
		Document page = page("/wizard/cluster-a?liqo=v0.3.2&network=internet", 200);
		assertThat(page.selectFirst("p.lead").text()).contains("Cluster A and cluster B are the two clusters you peer")
			.contains("each cluster may offload pods onto the other");
		assertThat(page.select("input[name=a.location]").eachAttr("value")).containsExactly("cloud", "onprem",
				"onprem-nat");
		assertThat(page.select(".cluster-field input").eachAttr("name")).containsExactly("a.address", "a.natAuthPort",
				"a.natApiPort", "a.natGatewayPort", "a.podCidr", "a.serviceCidr");
		Element address = page.getElementById("field-a-address-help");
		assertThat(address.select(".variant-cloud").text()).contains("How to find it: kubectl config view");
		assertThat(address.select(".variant-onprem-nat").text()).contains("router's status page");
		assertThat(page.select("label[for=field-a-address] .variant-onprem-nat").text())
			.isEqualTo("Public address of the NAT router (required)");
		assertThat(page.select(".cluster-field.for-onprem-nat:not(.for-cloud) input").eachAttr("name"))
			.containsExactly("a.natAuthPort", "a.natApiPort", "a.natGatewayPort");
		page.select("input:not([type=hidden])").forEach((input) -> assertThat(page.select("label[for=" + input.id() + "]"))
			.as(input.id())
			.isNotEmpty());
	}

	@Test
	void cidrsArePrefilledFromTheDistributionsDefaults() throws Exception {
		Document page = page("/wizard/cluster-a?liqo=v0.3.2&network=internet&a.location=onprem&a.distribution=k3s", 200);
		assertThat(page.getElementById("field-a-podCidr").val()).isEqualTo("10.42.0.0/16");
		assertThat(page.getElementById("field-a-serviceCidr").val()).isEqualTo("10.43.0.0/16");
		assertThat(page.getElementById("field-a-podCidr").attr("data-defaults")).contains("k3s=10.42.0.0/16");
	}

	@Test
	void leavingAClusterWithoutWhatTheFilesNeedComesBackWithTheMessageByTheField() throws Exception {
		Document page = page("/wizard/cluster-b?liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
				+ "&a.distribution=k3s", 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cluster A");
		assertThat(page.getElementById("field-a-address-error").text()).contains("The files need the public address");
		assertThat(page.select("#error-summary a").eachText()).containsExactly("The address of edge (cluster A)");
		assertThat(page.selectFirst("#error-summary a").attr("href")).isEqualTo("#field-a-address");
		assertThat(page.selectFirst("input[name=a.name]").val()).isEqualTo("edge");
	}

	@Test
	void everyInvalidValueComesBackInItsFieldWithTheErrorBesideIt() throws Exception {
		Document page = page("/wizard/cluster-b?liqo=v0.3.2&network=internet&a.name=Edge+1&a.location=onprem-nat"
				+ "&a.address=https%3A%2F%2Fedge.example.com%3A8443&a.natApiPort=70000&a.podCidr=10.0.0.0%2F33", 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cluster A");
		assertThat(page.selectFirst("input[name=a.name]").val()).isEqualTo("Edge 1");
		assertThat(page.getElementById("name-error").text()).contains("DNS-1123");
		assertThat(page.getElementById("field-a-address").val()).isEqualTo("https://edge.example.com:8443");
		assertThat(page.getElementById("field-a-address").hasClass("is-invalid")).isTrue();
		assertThat(page.getElementById("field-a-natApiPort").val()).isEqualTo("70000");
		assertThat(page.getElementById("field-a-natApiPort-error").text()).contains("1 to 65535");
		assertThat(page.getElementById("field-a-podCidr-error")).isNotNull();
		assertThat(page.selectFirst("input[name=a.location][checked]").val()).isEqualTo("onprem-nat");
		assertThat(page.select("#error-summary a").eachText()).contains("The name of edge (cluster A)".replace("edge", "cluster-a"),
				"The router port for the API server of cluster-a (cluster A)");
	}

	@Test
	void anApiServerUrlPastedAsTheAddressIsTakenAsItsHost() throws Exception {
		MvcResult result = this.mvc.perform(RawQuery.get("/wizard/done?" + NAT_A + NAT_B.replace(
				"b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io",
				"b.address=https%3A%2F%2Fazure-1a2b3c4d.hcp.westeurope.azmk8s.io%3A443"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(result.getResponse().getHeader("Location")).contains("b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io&");
	}

	@Test
	void impossibleOptionsAreMarkedWhereTheyAreChosenWithWaysOut() throws Exception {
		Document lan = page("/wizard/cluster-a?liqo=v0.3.2&network=lan", 200);
		assertThat(lan.getElementById("location-cloud-help").text()).contains("Not possible with your other answers")
			.contains("not on your L2 LAN");
		assertThat(lan.getElementById("location-onprem-help").text()).doesNotContain("Not possible");

		Document nat = page("/wizard/cluster-b?" + NAT_A + "&b.location=onprem-nat", 200);
		assertThat(nat.getElementById("location-onprem-nat-help").text()).contains("Both clusters are behind NAT");
		assertThat(nat.select("input.is-invalid").eachAttr("value")).containsExactly("onprem-nat");
		assertThat(nat.select(".fixes a").eachText()).contains("Make cluster-b (cluster B) “On-premise, reachable”",
				"Choose “Private routed network” for the network");
		assertThat(nat.select(".fixes a").first().attr("href")).startsWith("/wizard/cluster-b?")
			.contains("b.location=cloud");

		Document refused = page("/wizard/details?" + NAT_A + "&b.location=onprem-nat", 400);
		assertThat(refused.selectFirst("h1").text()).isEqualTo("Cluster B");
		assertThat(refused.getElementById("location-error").text()).contains("Both clusters are behind NAT")
			.doesNotContain("b.location").doesNotContain("network=routed");
		assertThat(refused.select("input.is-invalid").eachAttr("value")).containsExactly("onprem-nat");
	}

	@Test
	void answersThatNoLongerApplyAreDroppedWithANotice() throws Exception {
		Document page = page("/wizard/details?" + NAT_A + NAT_B.replace("b.location=cloud&b.distribution=aks",
				"b.location=onprem&b.distribution=k8s") + "&asked=v0.3.2+internet+onprem-nat+cloud", 400);
		assertThat(page.getElementById("notices").text()).contains("azure-1a2b3c4d.hcp.westeurope.azmk8s.io")
			.contains("API server endpoint of azure (cluster B)");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cluster B");
		assertThat(page.getElementById("field-b-address").val()).isEmpty();
		assertThat(page.getElementById("field-b-address-error").text()).contains("The files need the public address of azure");
		Document options = page("/wizard/done?" + NAT_A + NAT_B + "&a.lb=yes&b.auth=loadbalancer&b.ingressHost=x.example.com", 200);
		assertThat(options.getElementById("notices").text()).contains("“yes”").contains("“x.example.com”");
	}

	@Test
	void finishingRedirectsToTheCanonicalPlanUrl() throws Exception {
		MvcResult result = this.mvc
			.perform(RawQuery.get("/wizard/done?b.location=cloud&a.location=onprem&liqo=v0.3.2&network=internet"
					+ "&a.address=203.0.113.10&a.natAuthPort=&a.distribution=k3s&b.address=k8s.example.com&b.podCidr=10.1.0.0/16"
					+ "&b.serviceCidr=10.2.0.0/16&asked=v0.3.2+internet+onprem+cloud"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/plan?liqo=v0.3.2&network=internet"
				+ "&a.name=cluster-a&a.location=onprem&a.distribution=k3s&a.address=203.0.113.10&b.name=cluster-b"
				+ "&b.location=cloud&b.address=k8s.example.com&b.podCidr=10.1.0.0/16&b.serviceCidr=10.2.0.0/16");
	}

	@Test
	void optionsAreSaidInWordsAndIngressFieldsDependOnTheIngress() throws Exception {
		Document page = page("/wizard/details?" + NAT_A + NAT_B, 200);
		assertThat(page.select("legend.h4").eachText()).containsExactly("azure (cluster B)");
		assertThat(page.select("label[for^=field-b-auth]").eachText()).containsExactly("LoadBalancer", "Ingress",
				"Not sure: keep the default");
		assertThat(page.select(".depends-on-field-b-auth-ingress input").eachAttr("name")).containsExactly("b.ingressHost",
				"b.ingressClass");
		assertThat(page.text()).doesNotContain("No default");
		assertThat(page.selectFirst("form").attr("action")).isEqualTo("/wizard/done");
	}

	@Test
	void everyQuestionThatGoesWithAnAnswerIsShownByTheStylesheetWhenThatAnswerIsChecked() throws Exception {
		String css;
		try (java.io.InputStream in = getClass().getResourceAsStream("/static/css/wizard.css")) {
			css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ");
		}
		List<String> dependencies = new java.util.ArrayList<>();
		String cidrs = "&a.podCidr=10.8.0.0/14&a.serviceCidr=10.12.0.0/20&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16";
		for (String both : List.of("a.location=cloud&a.distribution=gke&a.address=34.118.10.20&b.location=cloud"
				+ "&b.distribution=aks&b.address=aks-1.hcp.westeurope.azmk8s.io" + cidrs,
				"a.location=onprem&a.distribution=k3s&a.address=198.51.100.20&b.location=cloud&b.distribution=eks"
						+ "&b.address=eks-1.example.com" + cidrs)) {
			Document page = page("/wizard/details?liqo=v0.3.2&network=internet&" + both, 200);
			for (Element dependent : page.select(".depends")) {
				String on = dependent.classNames()
					.stream()
					.filter((name) -> name.startsWith("depends-on-"))
					.findFirst()
					.orElseThrow()
					.substring("depends-on-".length());
				assertThat(page.getElementById(on)).as(on).isNotNull();
				assertThat(page.getElementById(on).attr("type")).isEqualTo("radio");
				assertThat(css).as("wizard.css shows .depends-on-" + on)
					.contains(":has(#" + on + ":checked) .depends-on-" + on);
				dependencies.add(on);
			}
		}
		assertThat(dependencies).contains("field-a-auth-ingress", "field-b-auth-ingress");
	}

	@Test
	void anAnswerThatDependsOnTheOtherClusterStillOpenIsKeptForItsStep() throws Exception {
		// v1.2.0 asks a NAT'd cluster's gateway port only when the other cluster is behind NAT too,
		// which cluster B's step has yet to say.
		Document page = page("/wizard/cluster-b?liqo=v1.2.0&network=internet&a.name=home&a.location=onprem-nat"
				+ "&a.distribution=k3s&a.podCidr=10.42.0.0/16&a.serviceCidr=10.43.0.0/16&a.natGatewayPort=31840"
				+ "&asked=v1.2.0+internet+onprem-nat+_", 200);
		assertThat(page.select("input[type=hidden][name=a.natGatewayPort]").eachAttr("value")).containsExactly("31840");
		assertThat(page.select("#notices").text()).doesNotContain("31840");
		Document cloud = page("/wizard/done?liqo=v1.2.0&network=internet&a.name=home&a.location=onprem-nat"
				+ "&a.distribution=k3s&a.natGatewayPort=31840&b.location=cloud&b.distribution=aks"
				+ "&asked=v1.2.0+internet+onprem-nat+cloud", 400);
		assertThat(cloud.getElementById("notices").text()).contains("31840");
	}

	@Test
	void unknownPartsOfALinkAreNamedAndLeftOut() throws Exception {
		Document page = page("/wizard/cluster-b?liqo=v0.3.2&network=internet&a.location=cloud&a.address=x.example.com"
				+ "&a.podCidr=10.1.0.0/16&a.serviceCidr=10.2.0.0/16&utm_source=x", 200);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cluster B");
		assertThat(page.getElementById("notices").text()).contains("utm_source");
		assertThat(page.select("input[type=hidden]").eachAttr("name")).doesNotContain("utm_source");
	}

	@Test
	void unknownStepsAreNotFound() throws Exception {
		assertThat(this.mvc.perform(RawQuery.get("/wizard/cluster-c")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aStepTheAnswersDoNotHaveLeadsToTheNextOne() throws Exception {
		MvcResult result = this.mvc.perform(RawQuery.get("/wizard/peering?" + NAT_A + NAT_B)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).selectFirst("h1").text()).isEqualTo("Options");
	}

	@Test
	void theNetworkStepCarriesTheReleaseChosenOnTheStartPage() throws Exception {
		Document page = page("/wizard/network?liqo=v0.3.2", 200);
		assertThat(page.select("form.wizard-form input[type=hidden][name=liqo]").eachAttr("value"))
			.containsExactly("v0.3.2");
	}

	private Document page(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(RawQuery.get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
