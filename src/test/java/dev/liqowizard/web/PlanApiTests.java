package dev.liqowizard.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import dev.liqowizard.support.RawQuery;
import dev.liqowizard.support.SeedTables;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTests {

	private static final String NAT = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&b.name=azure&b.location=cloud&b.distribution=aks";

	@Autowired
	private MockMvc mvc;

	@Test
	void returnsTheProductsExampleForTheNatScenario() throws Exception {
		this.mvc.perform(RawQuery.get("/api/plan?" + NAT))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.liqo").value("v0.3.2"))
			.andExpect(jsonPath("$.network").value("internet"))
			.andExpect(jsonPath("$.scenario.id").value("onprem-nat-to-cloud"))
			.andExpect(jsonPath("$.scenario.title").value("On-premise behind NAT to cloud"))
			.andExpect(jsonPath("$.clusters", hasSize(2)))
			.andExpect(jsonPath("$.clusters[0].id").value("a"))
			.andExpect(jsonPath("$.clusters[0].name").value("edge"))
			.andExpect(jsonPath("$.clusters[0].location").value("onprem-nat"))
			.andExpect(jsonPath("$.clusters[0].distribution").value("k3s"))
			.andExpect(jsonPath("$.clusters[0].label").value("On-prem behind NAT"))
			.andExpect(jsonPath("$.clusters[0].exposure.authServer").value("NodePort with port-forwarding"))
			.andExpect(jsonPath("$.clusters[0].exposure.apiServer").value("Port-forwarding"))
			.andExpect(jsonPath("$.clusters[0].exposure.networkGateway").value("NodePort with port-forwarding"))
			.andExpect(jsonPath("$.clusters[1].id").value("b"))
			.andExpect(jsonPath("$.clusters[1].name").value("azure"))
			.andExpect(jsonPath("$.clusters[1].location").value("cloud"))
			.andExpect(jsonPath("$.clusters[1].distribution").value("aks"))
			.andExpect(jsonPath("$.clusters[1].label").value("Cloud"))
			.andExpect(jsonPath("$.clusters[1].exposure.authServer").value("LoadBalancer/ingress"))
			.andExpect(jsonPath("$.clusters[1].exposure.apiServer").value("Provided"))
			.andExpect(jsonPath("$.clusters[1].exposure.networkGateway").value("LoadBalancer"))
			.andExpect(jsonPath("$.clusters[0].portForwards[*].externalPort", contains(443, 6443, 5871)))
			.andExpect(jsonPath("$.clusters[0].portForwards[*].protocol", contains("TCP", "TCP", "UDP")))
			.andExpect(jsonPath("$.discovery.method").value("auth-url"))
			.andExpect(jsonPath("$.links.self").value("/plan?" + NAT))
			.andExpect(jsonPath("$.links.api").value("/api/plan?" + NAT));
	}

	@Test
	void addsWarningsOnlyWhenThereAreSome() throws Exception {
		this.mvc.perform(RawQuery.get("/api/plan?" + NAT + "&a.address=0.0.0.0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings", hasSize(1)))
			.andExpect(jsonPath("$.warnings[0].parameter").value("a.address"))
			.andExpect(jsonPath("$.warnings[0].message").value(containsString("0.0.0.0")));
		this.mvc.perform(RawQuery.get("/api/plan?" + NAT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings").doesNotExist());
	}

	@Test
	void givesTheSeedTablesInJsonToo() throws Exception {
		for (Map.Entry<String, SeedTables.Table> seed : SeedTables.read().entrySet()) {
			var rows = seed.getValue().rows();
			this.mvc.perform(RawQuery.get("/api/plan?" + SeedTables.SEED_QUERIES.get(seed.getKey())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.scenario.title").value(seed.getKey()))
				.andExpect(jsonPath("$.clusters[0].exposure.authServer").value(rows.get(0).get(1)))
				.andExpect(jsonPath("$.clusters[1].exposure.authServer").value(rows.get(0).get(2)))
				.andExpect(jsonPath("$.clusters[0].exposure.apiServer").value(rows.get(1).get(1)))
				.andExpect(jsonPath("$.clusters[1].exposure.apiServer").value(rows.get(1).get(2)))
				.andExpect(jsonPath("$.clusters[0].exposure.networkGateway").value(rows.get(2).get(1)))
				.andExpect(jsonPath("$.clusters[1].exposure.networkGateway").value(rows.get(2).get(2)));
		}
	}

	@Test
	void givesTheNewestReleaseAndDefaultNamesWhenLeftOut() throws Exception {
		this.mvc.perform(RawQuery.get("/api/plan?network=lan&a.location=onprem&b.location=onprem-nat"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.liqo").value("v1.2.0"))
			.andExpect(jsonPath("$.clusters[0].name").value("cluster-a"))
			.andExpect(jsonPath("$.clusters[0].distribution").value(nullValue()))
			.andExpect(jsonPath("$.clusters[1].label").value("On-prem"))
			.andExpect(jsonPath("$.discovery.method").value("liqoctl-peer"))
			.andExpect(jsonPath("$.links.self").value("/plan?liqo=v1.2.0&network=lan&a.name=cluster-a&a.location=onprem"
					+ "&b.name=cluster-b&b.location=onprem-nat&peering=a-to-b"));
	}

	@Test
	void namesEachBadParameterInJson() throws Exception {
		this.mvc.perform(RawQuery.get("/api/plan?network=internet&a.location=onprem-nat&b.location=onprem-nat&a.name=A"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].parameter").value("a.name"))
			.andExpect(jsonPath("$.errors[0].message", containsString("DNS-1123")));
		this.mvc.perform(
				RawQuery.get("/api/plan?liqo=v0.3.2&network=internet&a.location=onprem-nat&b.location=onprem-nat"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("b.location"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Both clusters are behind NAT")));
		this.mvc.perform(RawQuery.get("/api/plan?network=internet&a.location=onprem-nat&b.location=onprem-nat"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("b.natGatewayPort"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Forward a UDP port")));
		this.mvc.perform(RawQuery.get("/api/plan"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].parameter", contains("network", "a.location", "b.location")));
		this.mvc.perform(RawQuery.get("/api/plan?network=%"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("query"));
	}

	@Test
	void usesDiscoveryMethodsOfTheContract() throws Exception {
		this.mvc.perform(RawQuery.get("/api/plan?liqo=v0.3.2&network=routed&a.location=cloud&b.location=onprem-nat"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scenario.id").value("cloud-to-onprem-routed"))
			.andExpect(jsonPath("$.discovery.method").value("manual-or-dns"))
			.andExpect(jsonPath("$.clusters[1].exposure.authServer").value("NodePort"));
	}

}
