package dev.liqowizard.support;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The v1.2.0 chart reads as the v1.2.0 values files need: lists of strings and of maps, free-form maps. */
class ChartValuesTests {

	private static final ChartValues CHART = ChartValues.of("v1.2.0");

	@Test
	void readsTheDefaultsOfTheV120Chart() {
		assertThat(CHART.defaultAt(List.of("ipam", "pools")))
			.contains(List.of("10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12"));
		assertThat(CHART.defaultAt(List.of("apiServer", "address"))).contains("");
		assertThat(CHART.defaultAt(List.of("networking", "gatewayTemplates", "server", "service", "annotations")))
			.contains(Map.of());
		assertThat(CHART.defaultAt(List.of("proxy", "enabled"))).contains(true);
	}

	@Test
	void aListMustHoldWhatTheChartsListHolds() {
		Object pools = CHART.defaultAt(List.of("ipam", "pools")).orElseThrow();
		assertThat(ChartValues.sameKind(List.of("10.0.0.0/8", "34.118.224.0/20"), pools)).isTrue();
		assertThat(ChartValues.sameKind(List.of(Map.of("cidr", "34.118.224.0/20")), pools)).isFalse();
		Object serverResources = CHART.defaultAt(List.of("networking", "serverResources")).orElseThrow();
		assertThat(ChartValues.sameKind(List.of(Map.of("apiVersion", "v1", "resource", "x")), serverResources)).isTrue();
		assertThat(ChartValues.sameKind(List.of("wggatewayservers"), serverResources)).isFalse();
		assertThat(ChartValues.sameKind(List.of("anything"), List.of())).isTrue();
	}

	@Test
	void mapsKeyedByTheUserAreFreeForm() {
		// Empty in the chart, and keyed by label keys although not empty (liqo.io/managed: "true").
		assertThat(CHART.problems(Map.of("networking",
				Map.of("gatewayTemplates",
						Map.of("server", Map.of("service", Map.of("annotations", Map.of("any.io/key", "x"))))),
				"common", Map.of("globalLabels", Map.of("team", "edge")))))
			.isEmpty();
	}

	@Test
	void reportsKeysTheChartLacksAndValuesOfAnotherType() {
		Map<String, Object> values = Map.of("apiServer", Map.of("address", "https://203.0.113.10:6443", "ip", "x"),
				"networking", Map.of("enabled", "true"), "ipam", Map.of("pools", List.of(Map.of("cidr", "x"))));
		assertThat(CHART.problems(values)).containsExactlyInAnyOrder("apiServer.ip is not a key of chart v1.2.0",
				"networking.enabled is String but the chart has Boolean",
				"ipam.pools is a list of Map but the chart has a list of String");
	}

}
