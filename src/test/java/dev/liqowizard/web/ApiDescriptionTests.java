package dev.liqowizard.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

import dev.liqowizard.plan.Parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void describesEveryParameterOfTheContractInCanonicalOrder() throws Exception {
		List<Map<String, Object>> parameters = parameters();
		assertThat(parameters).extracting((parameter) -> parameter.get("name"))
			.containsExactlyElementsOf(Parameters.CANONICAL_ORDER);
		assertThat(parameters).allSatisfy((parameter) -> {
			assertThat(parameter.get("meaning")).asString().isNotBlank();
			assertThat(parameter.containsKey("values") || parameter.containsKey("format")).isTrue();
		});
	}

	@Test
	void saysTheAllowedValuesDefaultsAndReleasesAsTheParserAndTheReleasesDo() throws Exception {
		Map<String, Map<String, Object>> byName = new java.util.LinkedHashMap<>();
		parameters().forEach((parameter) -> byName.put((String) parameter.get("name"), parameter));
		assertThat(byName.get("b.location").get("values")).isEqualTo(List.of("cloud", "onprem", "onprem-nat"));
		assertThat(byName.get("b.location").get("required")).isEqualTo(true);
		assertThat(byName.get("a.name").get("default")).isEqualTo("cluster-a");
		assertThat(byName.get("a.podCidr").get("default")).isEqualTo("per distribution, k3s: 10.42.0.0/16");
		assertThat(byName.get("a.natApiPort").get("format")).isEqualTo("A port from 1 to 65535.");
		assertThat(byName.get("liqo").get("default")).isEqualTo(dev.liqowizard.support.TestQueries.RELEASES.parser().newestRelease());
		assertThat(byName.get("peering").get("releases")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).doesNotContain("v0.3.2");
		assertThat(byName.get("a.auth").get("releases")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("v0.3.2");
	}

	@Test
	void listsEveryApiAndPlanUrlTheAppAnswers(@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings)
			throws Exception {
		String json = this.mvc.perform(get("/api")).andReturn().getResponse().getContentAsString();
		@SuppressWarnings("unchecked")
		Map<String, String> endpoints = (Map<String, String>) JsonMapper.builder().build().readValue(json, Map.class)
			.get("endpoints");
		List<String> answered = mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap((mapping) -> mapping.getPatternValues().stream())
			.filter((path) -> path.equals("/api") || path.startsWith("/api/") || path.equals("/plan") || path.startsWith("/plan/"))
			.toList();
		assertThat(answered).contains("/api", "/api/plan", "/plan", "/plan/peer.sh", "/plan/topology-view.svg");
		assertThat(answered).allSatisfy((path) -> assertThat(endpoints.containsKey(path)
				|| (path.startsWith("/plan/") && endpoints.get("/plan/<file>").contains(path.substring("/plan/".length()))))
			.as(path + " is described in " + endpoints)
			.isTrue());
		assertThat(endpoints.keySet()).allSatisfy((path) -> assertThat(path.equals("/plan/<file>") || answered.contains(path))
			.as(path + " is answered")
			.isTrue());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> parameters() throws Exception {
		String json = this.mvc.perform(get("/api")).andReturn().getResponse().getContentAsString();
		Map<String, Object> description = JsonMapper.builder().build().readValue(json, Map.class);
		return (List<Map<String, Object>>) description.get("parameters");
	}

}
