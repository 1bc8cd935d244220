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
		assertThat(yaml).startsWith("# Helm values\n#\n# two\n# lines\nauth:\n  service:\n    type: \"NodePort\"\n");
		assertThat(yaml).contains("  portOverride: \"30443\"\n");
		assertThat(yaml).contains("    enableDiscovery: true\n");
		assertThat(yaml).contains("    - \"--auth-service-address-override=203.0.113.10\"\n");
		assertThat(yaml).contains("      \"service.beta.kubernetes.io/aws-load-balancer-type\": \"nlb\"\n");
		Map<String, Object> read = new Yaml().load(yaml);
		assertThat(read).isEqualTo(values.toMap());
	}

	@Test
	void doubleQuotesEveryStringValueAndLeavesBooleansAndIntegersPlain() {
		HelmValues values = new HelmValues().set("discovery.config.clusterName", "y")
			.set("auth.ingress.class", "0o17")
			.set("networkConfig.mtu", 1360)
			.set("auth.tls", false)
			.set("list", List.of("on", "1e3"));
		String yaml = ValuesFileWriter.write(List.of(), values);
		assertThat(yaml).contains("    clusterName: \"y\"\n", "    class: \"0o17\"\n", "  mtu: 1360\n", "  tls: false\n",
				"- \"on\"\n", "- \"1e3\"\n");
	}

	@Test
	void quotesKeysThatAreNotPlainIdentifiersOrThatYamlReadsAsBooleans() {
		HelmValues values = new HelmValues().set(List.of("annotations"), Map.of("on", "x", "example.com/k", "v"))
			.set(List.of("y", "safeKey"), "z");
		String yaml = ValuesFileWriter.write(List.of(), values);
		assertThat(yaml).contains("\"on\": \"x\"", "\"example.com/k\": \"v\"", "\"y\":\n", "  safeKey: \"z\"");
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
