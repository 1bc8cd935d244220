package dev.liqowizard.web;

import java.util.List;
import java.util.Map;

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
import dev.liqowizard.support.SeedTables;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class PlanPageTests {

	private static final String NAT = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&b.name=azure&b.location=cloud&b.distribution=aks";

	@Autowired
	private MockMvc mvc;

	@Test
	void showsEachSeedTableCellForCell() throws Exception {
		for (Map.Entry<String, SeedTables.Table> seed : SeedTables.read().entrySet()) {
			Document page = page("/plan?" + SeedTables.SEED_QUERIES.get(seed.getKey()), 200);
			assertThat(page.selectFirst("h1").text()).isEqualTo(seed.getKey());
			Element table = page.getElementById("exposure");
			List<String> header = table.select("thead tr > *")
				.stream()
				.map((cell) -> cell.select(".column-title").isEmpty() ? cell.text() : cell.selectFirst(".column-title").text())
				.toList();
			assertThat(header).isEqualTo(seed.getValue().header());
			List<List<String>> rows = table.select("tbody tr")
				.stream()
				.map((row) -> row.children().stream().map(Element::text).toList())
				.toList();
			assertThat(rows).as(seed.getKey()).isEqualTo(seed.getValue().rows());
		}
	}

	@Test
	void keepsTheUsersColumnOrderWithTheCloudClusterFirst() throws Exception {
		Document page = page("/plan?liqo=v0.3.2&network=internet&a.location=cloud&b.location=onprem-nat", 200);
		assertThat(page.select("#exposure .column-title").eachText()).containsExactly("Cluster A (Cloud)",
				"Cluster B (On-prem behind NAT)");
		assertThat(page.select("#exposure tbody tr").first().select("td").eachText())
			.containsExactly("LoadBalancer/ingress", "NodePort with port-forwarding");
	}

	@Test
	void showsNamesDiscoveryNotesAndTheCanonicalShareLink() throws Exception {
		Document page = page("/plan?b.distribution=aks&b.location=cloud&b.name=azure&a.distribution=k3s"
				+ "&a.location=onprem-nat&a.name=edge&network=internet&liqo=v0.3.2", 200);
		assertThat(page.select("#exposure .cluster-name").eachText()).containsExactly("edge · K3s", "azure · AKS");
		assertThat(page.getElementById("share-url").val()).isEqualTo("http://localhost:8080/plan?" + NAT);
		assertThat(page.selectFirst("link[rel=canonical]")).isNull();
		assertThat(page.getElementById("discovery").attr("data-method")).isEqualTo("auth-url");
		assertThat(page.getElementById("discovery").text()).contains("liqoctl add cluster");
		assertThat(page.getElementById("notes").text()).contains("The NAT router forwards TCP port 443");
		assertThat(page.getElementById("limitations").text()).contains("cannot pin NodePorts");
		assertThat(page.getElementById("edit-answers").attr("href")).isEqualTo("#answers");
		assertThat(page.getElementById("edit-wizard").attr("href")).isEqualTo("/wizard/network?" + NAT);
	}

	@Test
	void namesTheValuesTheFilesStillNeedInWordsLinkedToTheirFields() throws Exception {
		Document page = page("/plan?" + NAT, 200);
		assertThat(page.select("#missing a").eachText()).containsExactly("The address of edge (cluster A)",
				"The address of azure (cluster B)", "The pod CIDR of azure (cluster B)", "The service CIDR of azure (cluster B)");
		assertThat(page.select("#missing a").eachAttr("href")).containsExactly("#answer-a-address", "#answer-b-address",
				"#answer-b-podCidr", "#answer-b-serviceCidr");
		assertThat(page.getElementById("answer-a-address-help").text()).contains("router's status page");
		Document complete = page("/plan?" + NAT + "&a.address=203.0.113.10&b.address=azure.example.com"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16", 200);
		assertThat(complete.getElementById("missing")).isNull();
	}

	@Test
	void warnsAboutSpecialAddressesInWordsAndStillShowsThePlan() throws Exception {
		Document page = page("/plan?" + NAT + "&a.address=127.0.0.1&b.podCidr=169.254.0.0/16", 200);
		assertThat(page.select("#warnings li").eachAttr("data-parameter")).containsExactly("a.address", "b.podCidr");
		assertThat(page.select("#warnings li").eachText()).satisfiesExactly(
				(text) -> assertThat(text).contains("127.0.0.1", "loopback").doesNotContain("a.address"),
				(text) -> assertThat(text).contains("The pod CIDR of azure (cluster B)", "link-local"));
		assertThat(page.getElementById("exposure")).isNotNull();
		assertThat(page("/plan?" + NAT, 200).select("#warnings li")).isEmpty();
	}

	@Test
	void opensWithAChecklistFromThePlanAndTheMainActions() throws Exception {
		Document page = page("/plan?" + PlanPageScreenshotBrowserTests.COMPLETE_NAT, 200);
		List<String> steps = page.select(".checklist > li").eachText();
		assertThat(steps).hasSize(5);
		assertThat(steps.get(0)).startsWith("Get the files");
		assertThat(steps.get(1)).startsWith("Run install-edge.sh");
		assertThat(steps.get(2)).startsWith("On the router in front of edge (203.0.113.10), forward TCP 443");
		assertThat(steps.get(3)).startsWith("Run install-azure.sh again");
		assertThat(steps.get(4)).startsWith("Check with kubectl get foreignclusters");
		assertThat(page.select(".checklist > li").get(1).select("a").eachText()).containsExactly("install-edge.sh",
				"install-azure.sh");
		assertThat(page.select("#plan-actions a, #plan-actions button").eachText()).contains("Download all (zip)",
				"Share", "Edit answers");
		assertThat(page.select("#toc a").eachAttr("href")).contains("#table-title", "#diagram", "#forwards", "#files");
		assertThat(page.selectFirst("#answers-form").attr("action")).isEqualTo("/wizard/done");
		assertThat(page.select("#answers-form select[name=b.location] option[selected]").val()).isEqualTo("cloud");
		assertThat(page.getElementById("plan").attr("data-plan-url")).isEqualTo("/plan?"
				+ PlanPageScreenshotBrowserTests.COMPLETE_NAT);
		assertThat(page.select(".file-preview a").eachText()).allMatch((text) -> text.startsWith("Download "))
			.doesNotHaveDuplicates();
	}

	@Test
	void refusesBadParametersWithAPageThatNamesEachOne() throws Exception {
		Document page = page("/plan?network=lan&a.location=cloud&b.location=mars&x=1", 400);
		assertThat(page.select(".problems-list li").eachAttr("data-parameter")).containsExactly("b.location", "x");
		assertThat(page.select(".problems-list .problem-what").eachText()).containsExactly(
				"Where cluster-b (cluster B) runs", "“x”");
		assertThat(page.select(".problems-list").text()).contains("Allowed: cloud, onprem, onprem-nat")
			.doesNotContain("b.location");
		assertThat(page.select("a.btn-primary").attr("href")).isEqualTo("/wizard/cluster-b?network=lan&a.location=cloud"
				+ "&b.location=mars");
	}

	@Test
	void explainsImpossibleCombinations() throws Exception {
		Document page = page("/plan?liqo=v0.3.2&network=lan&a.location=cloud&b.location=onprem", 400);
		assertThat(page.select(".problems-list li").eachAttr("data-parameter")).containsExactly("network");
		assertThat(page.select(".problems-list").text()).contains("not on your L2 LAN")
			.contains("“Private routed network” for the network between the clusters");
	}

	@Test
	void refusesMalformedEscapesWithoutAServerError() throws Exception {
		Document page = page("/plan?network=%zz&a.location=cloud", 400);
		assertThat(page.select(".problems-list li").eachAttr("data-parameter")).containsExactly("query");
		assertThat(page.select("a.btn-primary").attr("href")).isEqualTo("/wizard/network");
	}

	private Document page(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(RawQuery.get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
