package dev.liqowizard.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.liqowizard.support.RawQuery;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class WizardTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void startPageSaysWhatTheToolDoesAndStartsTheWizard() throws Exception {
		Document page = page("/", 200);
		assertThat(page.selectFirst("p.lead").text()).contains("how to expose each Liqo service");
		assertThat(page.selectFirst("a.btn-primary").attr("href")).isEqualTo("/wizard/cluster-a");
	}

	@Test
	void firstStepAsksAboutClusterAWithProgressAndHelp() throws Exception {
		Document page = page("/wizard/cluster-a", 200);
		assertThat(page.select(".wizard-progress p").text()).isEqualTo("Step 1 of 3");
		assertThat(page.select("input[name=a.location]").eachAttr("value")).containsExactly("cloud", "onprem",
				"onprem-nat");
		assertThat(page.select("label[for=location-onprem-nat] + .form-text").text()).contains("NAT");
		assertThat(page.selectFirst("form").attr("action")).isEqualTo("/wizard/cluster-b");
		assertThat(page.select("[data-locations=cloud] input").eachAttr("value")).containsExactly("aks", "gke", "eks");
		assertThat(page.select("[data-locations='onprem onprem-nat'] input").eachAttr("value")).containsExactly("k8s",
				"k3s");
		page.select("input:not([type=hidden])").forEach((input) -> assertThat(page.select("label[for=" + input.id() + "]"))
			.as(input.id())
			.isNotEmpty());
	}

	@Test
	void carriesEarlierAnswersAndPrefillsOnBack() throws Exception {
		Document second = page("/wizard/cluster-b?a.name=edge&a.location=onprem-nat&a.distribution=k3s", 200);
		assertThat(second.select(".wizard-progress p").text()).isEqualTo("Step 2 of 3");
		assertThat(second.select("input[type=hidden]").eachAttr("name")).containsExactly("a.name", "a.location",
				"a.distribution");
		assertThat(second.selectFirst("a.btn-outline-secondary").attr("href"))
			.isEqualTo("/wizard/cluster-a?a.name=edge&a.location=onprem-nat&a.distribution=k3s");
		Document back = page("/wizard/cluster-a?a.name=edge&a.location=onprem-nat&a.distribution=k3s", 200);
		assertThat(back.selectFirst("input[name=a.name]").val()).isEqualTo("edge");
		assertThat(back.selectFirst("input[name=a.location][checked]").val()).isEqualTo("onprem-nat");
		assertThat(back.selectFirst("input[name=a.distribution][checked]").val()).isEqualTo("k3s");
	}

	@Test
	void treatsBlankFormFieldsAsUnanswered() throws Exception {
		Document page = page("/wizard/cluster-b?a.name=&a.location=cloud&a.distribution=", 200);
		assertThat(page.select("input[type=hidden]").eachAttr("name")).containsExactly("a.location");
	}

	@Test
	void sendsTheUserBackToTheStepWithTheWrongAnswerAndShowsTheErrorByTheField() throws Exception {
		Document page = page("/wizard/cluster-b?a.name=Edge+1&a.location=cloud", 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cluster A");
		assertThat(page.selectFirst("input[name=a.name]").hasClass("is-invalid")).isTrue();
		assertThat(page.selectFirst("input[name=a.name]").val()).isEqualTo("Edge 1");
		assertThat(page.getElementById("name-error").text()).contains("DNS-1123");
		assertThat(page.select("#error-summary code").eachText()).containsExactly("a.name");
	}

	@Test
	void asksForTheLocationBeforeMovingOn() throws Exception {
		Document page = page("/wizard/cluster-b?a.name=edge", 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cluster A");
		assertThat(page.getElementById("location-error").text()).contains("is required");
	}

	@Test
	void networkStepOffersThePlanOrTheOptionalDetails() throws Exception {
		Document page = page("/wizard/network?a.location=onprem&b.location=cloud&b.name=azure", 200);
		assertThat(page.select(".wizard-progress p").text()).isEqualTo("Step 3 of 3");
		assertThat(page.selectFirst("p.lead").text()).isEqualTo("How do cluster-a and azure reach each other?");
		assertThat(page.selectFirst("form").attr("action")).isEqualTo("/wizard/done");
		assertThat(page.select("button[formaction]").attr("formaction")).isEqualTo("/wizard/details");
		// The newest release is preselected.
		assertThat(page.select("input[name=liqo][checked]").val()).isEqualTo("v1.2.0");
		assertThat(page.select("#network-lan-help").text()).contains("L2 broadcast domain");
	}

	@Test
	void finishingRedirectsToTheCanonicalPlanUrl() throws Exception {
		MvcResult result = this.mvc
			.perform(RawQuery.get("/wizard/done?b.location=cloud&a.location=onprem-nat&liqo=v0.3.2&network=internet"
					+ "&a.address=&a.natAuthPort="))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo(
				"/plan?liqo=v0.3.2&network=internet&a.name=cluster-a&a.location=onprem-nat&b.name=cluster-b&b.location=cloud");
	}

	@Test
	void impossibleCombinationsComeBackToTheNetworkStepWithTheReason() throws Exception {
		Document page = page("/wizard/done?a.location=cloud&b.location=onprem&network=lan&liqo=v0.3.2", 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Network");
		assertThat(page.getElementById("network-error").text()).contains("not on your L2 LAN");
		Document nat = page("/wizard/done?a.location=onprem-nat&b.location=onprem-nat&network=internet&liqo=v0.3.2",
				400);
		assertThat(nat.selectFirst("h1").text()).isEqualTo("Cluster B");
		assertThat(nat.getElementById("location-error").text()).contains("Both clusters are behind NAT");
	}

	@Test
	void detailsStepAsksOnlyWhatAppliesWithDefaults() throws Exception {
		Document page = page("/wizard/details?liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
				+ "&a.distribution=k3s&b.name=azure&b.location=cloud&b.distribution=aks", 200);
		assertThat(page.select("legend.h4").eachText()).containsExactly("Cluster A: edge", "Cluster B: azure");
		assertThat(page.select("input[type=text]").eachAttr("name")).containsExactly("a.address", "a.natAuthPort",
				"a.natApiPort", "a.natGatewayPort", "a.podCidr", "a.serviceCidr", "b.address", "b.ingressHost",
				"b.ingressClass", "b.podCidr", "b.serviceCidr");
		assertThat(page.getElementById("field-a-podCidr").attr("placeholder")).isEqualTo("10.42.0.0/16");
		assertThat(page.getElementById("field-a-natAuthPort-help").text()).contains("Default: 443");
		assertThat(page.select("input[name=b.auth]").eachAttr("value")).containsExactly("loadbalancer", "ingress", "");
		assertThat(page.selectFirst("form").attr("action")).isEqualTo("/wizard/done");
	}

	@Test
	void refinementsThatNoLongerApplyAreReportedOnTheDetailsStep() throws Exception {
		Document page = page("/wizard/done?a.location=cloud&b.location=cloud&network=internet&a.lb=yes", 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Optional details");
		assertThat(page.select("#error-summary code").eachText()).containsExactly("a.lb");
		assertThat(page.select("input[name=a.lb]")).isEmpty();
	}

	@Test
	void unknownParametersAreNamedAndDropped() throws Exception {
		Document page = page("/wizard/cluster-b?a.location=cloud&utm_source=x", 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cluster B");
		assertThat(page.select("#error-summary code").eachText()).containsExactly("utm_source");
		assertThat(page.select("input[type=hidden]").eachAttr("name")).containsExactly("a.location");
	}

	@Test
	void unknownStepsAreNotFound() throws Exception {
		assertThat(this.mvc.perform(RawQuery.get("/wizard/cluster-c")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private Document page(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(RawQuery.get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
