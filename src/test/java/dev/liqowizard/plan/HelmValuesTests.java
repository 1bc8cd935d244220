package dev.liqowizard.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class HelmValuesTests {

	@Test
	void keepsKeysInTheOrderTheyWereSetAndListsLeafPaths() {
		HelmValues values = new HelmValues().set("discovery.config.clusterName", "edge")
			.set("auth.service.type", "NodePort")
			.set("discovery.config.enableDiscovery", true)
			.set(List.of("gateway", "service", "annotations"), Map.of("service.beta.kubernetes.io/x", "y"));
		assertThat(values.toMap().keySet()).containsExactly("discovery", "auth", "gateway");
		assertThat(values.leafPaths()).containsExactly(List.of("discovery", "config", "clusterName"),
				List.of("discovery", "config", "enableDiscovery"), List.of("auth", "service", "type"),
				List.of("gateway", "service", "annotations"));
	}

	@Test
	void refusesValuesHelmValuesDoNotHoldAndClashingPaths() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HelmValues().set("a", 1.5));
		assertThatIllegalArgumentException().isThrownBy(() -> new HelmValues().set("a", List.of(1)));
		assertThatIllegalStateException().isThrownBy(() -> new HelmValues().set("a", "x").set("a.b", "y"));
		assertThatIllegalStateException().isThrownBy(() -> new HelmValues().set("a.b", "x").set("a", "y"));
	}

	@Test
	void givesAReadOnlyTree() {
		Map<String, Object> tree = new HelmValues().set("a.b", "c").toMap();
		assertThat(tree).isEqualTo(Map.of("a", Map.of("b", "c")));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tree.put("x", "y"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
