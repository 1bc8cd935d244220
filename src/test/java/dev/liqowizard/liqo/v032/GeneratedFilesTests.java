package dev.liqowizard.liqo.v032;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.download.PlanDownloads;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.support.ChartValues;
import dev.liqowizard.support.PlanCases;
import dev.liqowizard.support.Shellcheck;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over every case of {@link PlanCases}: each values file parses and uses only keys of the real
 * chart v0.3.2 with the chart's types, and each install script passes shellcheck.
 */
class GeneratedFilesTests {

	private static final V032Release RELEASE = new V032Release();

	private static final ChartValues CHART = ChartValues.of("v0.3.2");

	private static final Provenance PROVENANCE = new Provenance("test", "v0.3.2", "https://wizard.example/plan?x=1",
			"https://wizard.example/wizard/details?x=1");

	@Test
	void coversEnoughCases() {
		assertThat(PlanCases.all(RELEASE)).hasSizeGreaterThan(100);
	}

	@Test
	void everyValuesFileParsesAndUsesOnlyKeysOfTheRealChart() {
		List<String> failures = new ArrayList<>();
		PlanCases.all(RELEASE).forEach((name, query) -> {
			for (PlanFile file : files(query)) {
				if (!file.fileName().endsWith(".yaml")) {
					continue;
				}
				Map<String, Object> values = new Yaml().load(file.text());
				assertThat(values).as(name + " " + file.fileName()).isNotEmpty();
				CHART.problems(values).forEach((problem) -> failures.add(name + ": " + problem));
			}
		});
		assertThat(failures).isEmpty();
	}

	/**
	 * Helm reads values with YAML 1.1; SnakeYAML's default resolver is YAML 1.1 too. Every values
	 * file must read back as exactly the plan's values, strings as strings, and every string value
	 * must be double-quoted, which also covers readings SnakeYAML lacks (go-yaml's 0o17).
	 */
	@Test
	void everyStringOfEveryValuesFileStaysAStringUnderYaml11() {
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, String> entry : PlanCases.all(RELEASE).entrySet()) {
			Plan plan = TestQueries.plan(entry.getValue());
			List<PlanFile> files = files(entry.getValue());
			for (ClusterPlan cluster : plan.clusters()) {
				String name = FileNames.values(cluster);
				String text = files.stream()
					.filter((file) -> file.fileName().equals(name))
					.findFirst()
					.orElseThrow()
					.text();
				Object read = new Yaml().load(text);
				if (!read.equals(cluster.values().toMap())) {
					failures.add(entry.getKey() + " " + name + " reads back as " + read);
				}
				checkScalars(new Yaml().compose(new StringReader(text)), entry.getKey() + " " + name, failures);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(200);
		assertThat(failures).isEmpty();
	}

	private static void checkScalars(Node node, String where, List<String> failures) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				checkScalars(tuple.getValueNode(), where, failures);
			}
		}
		else if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach((item) -> checkScalars(item, where, failures));
		}
		else if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)
				&& scalar.getScalarStyle() != DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
			failures.add(where + ": " + scalar.getValue() + " is not double-quoted");
		}
	}

	@Test
	void theChartCheckCatchesAMisspeltKey() {
		assertThat(CHART.defaultAt(List.of("auth", "service", "type"))).contains("LoadBalancer");
		assertThat(CHART.defaultAt(List.of("auth", "serviceType"))).isEmpty();
		assertThat(CHART.defaultAt(List.of("apiserver", "ip"))).isEmpty();
		assertThat(CHART.defaultAt(List.of("gateway", "service", "annotations", "any.io/key"))).isPresent();
		assertThat(ChartValues.sameKind("true", Boolean.FALSE)).isFalse();
	}

	@Test
	void everyInstallScriptPassesShellcheck() throws Exception {
		Map<String, String> scripts = new LinkedHashMap<>();
		int index = 0;
		for (Map.Entry<String, String> entry : PlanCases.all(RELEASE).entrySet()) {
			for (PlanFile file : files(entry.getValue())) {
				if (file.fileName().endsWith(".sh")) {
					scripts.putIfAbsent("case-" + (index++) + "-" + file.fileName(), file.text());
				}
			}
		}
		assertThat(scripts).hasSizeGreaterThan(200);
		assertThat(Shellcheck.check(scripts)).isEmpty();
	}

	@Test
	void shellcheckFindsAProblemInABrokenScript() throws Exception {
		assertThat(Shellcheck.check(Map.of("broken.sh", "#!/bin/sh\necho $1\n"))).contains("SC2086");
	}

	private static List<PlanFile> files(String query) {
		Plan plan = TestQueries.plan(query);
		return new PlanDownloads(TestQueries.RELEASES).all(plan, PROVENANCE);
	}


}
