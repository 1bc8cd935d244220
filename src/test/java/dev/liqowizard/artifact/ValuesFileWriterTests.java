package dev.liqowizard.artifact;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import dev.liqowizard.plan.HelmValues;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesFileWriterTests {

	@Test
	void writesCommentsThenBlockYamlThatReadsBackTheSame() {
		HelmValues values = new HelmValues().set("auth.service.type", "NodePort")
			.set("auth.portOverride", "30443")
			.set("discovery.config.enableDiscovery", true)
			.set("controllerManager.pod.extraArgs", List.of("--auth-service-address-override=203.0.113.10"))
			.set(List.of("gateway", "service", "annotations"),
					Map.of("service.beta.kubernetes.io/aws-load-balancer-type", "nlb"));
		String yaml = ValuesFileWriter.write(List.of("Helm values", "", "two\nlines"), values);
		assertThat(yaml).startsWith("# Helm values\n#\n# two\n# lines\nauth:\n  service:\n    type: NodePort\n");
		assertThat(yaml).contains("  portOverride: '30443'\n");
		assertThat(yaml).contains("    - --auth-service-address-override=203.0.113.10\n");
		Map<String, Object> read = new Yaml().load(yaml);
		assertThat(read).isEqualTo(values.toMap());
	}

	@Test
	void quotesStringsThatYamlWouldReadAsSomethingElse() {
		HelmValues values = new HelmValues().set("a", "yes").set("b", "1.10").set("c", "null").set("d", "0x1F");
		Map<String, Object> read = new Yaml().load(ValuesFileWriter.write(List.of(), values));
		assertThat(read).containsEntry("a", "yes").containsEntry("b", "1.10").containsEntry("c", "null")
			.containsEntry("d", "0x1F");
	}

}
