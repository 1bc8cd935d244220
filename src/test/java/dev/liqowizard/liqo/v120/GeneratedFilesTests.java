package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.download.PlanDownloads;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.support.ChartValues;
import dev.liqowizard.support.PlanCases;
import dev.liqowizard.support.Shellcheck;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over every v1.2.0 case: each values file uses only keys of the real chart v1.2.0 with the
 * chart's types and never a secret, each script passes shellcheck, and each liqoctl command uses
 * only flags its subcommand has ({@code reference/liqo/v1-facts.md} 8.1, 8.2, 3.1), booleans with
 * {@code =}, enum values in their exact case, and {@code --version v1.2.0}.
 */
class GeneratedFilesTests {

	private static final V120Release RELEASE = new V120Release();

	private static final ChartValues CHART = ChartValues.of("v1.2.0");

	private static final Provenance PROVENANCE = new Provenance("test", "v1.2.0", "https://wizard.example/plan?x=1",
			"https://wizard.example/wizard/details?x=1");

	private static final Map<String, List<PlanFile>> FILES = new LinkedHashMap<>();

	/** Every accepted case: the shared ones, then every location x location x network x peering x distribution. */
	@BeforeAll
	static void generate() {
		Map<String, String> cases = new LinkedHashMap<>(PlanCases.all(RELEASE));
		String[][] distributions = { { "aks", "k3s" }, { "gke", "k8s" }, { "eks", "" } };
		for (Location a : Location.values()) {
			for (Location b : Location.values()) {
				for (Network network : Network.values()) {
					for (Peering peering : Peering.values()) {
						for (String[] pair : distributions) {
							String query = "liqo=v1.2.0&network=" + network.value() + "&a.name=left&a.location="
									+ a.value() + distribution("a", a, pair) + "&b.name=right&b.location=" + b.value()
									+ distribution("b", b, pair) + "&peering=" + peering.value();
							cases.put(query, query);
							if (a == Location.ONPREM_NAT && b == Location.ONPREM_NAT) {
								cases.put(query + " forward", query + "&b.natGatewayPort=40000&b.address=shop.example.net"
										+ ((peering != Peering.A_TO_B) ? "" : "&b.natApiPort=16443"));
							}
						}
					}
				}
			}
		}
		cases.forEach((name, query) -> {
			try {
				Plan plan = TestQueries.plan(query);
				FILES.put(name, new PlanDownloads(TestQueries.RELEASES).all(plan, PROVENANCE));
			}
			catch (InvalidAnswersException ex) {
				// Refused: V120ReleaseTests checks which.
			}
		});
	}

	private static String distribution(String side, Location location, String[] pair) {
		String value = pair[(location == Location.CLOUD) ? 0 : 1];
		return value.isEmpty() ? "" : "&" + side + ".distribution=" + value;
	}

	@Test
	void coversEnoughCases() {
		assertThat(FILES).hasSizeGreaterThan(300);
		assertThat(FILES.values()).allSatisfy((files) -> assertThat(files).extracting(PlanFile::urlName)
			.containsExactly("values-a.yaml", "values-b.yaml", "install-a.sh", "install-b.sh", "peer.sh", "topology.svg",
					"README.md"));
	}

	@Test
	void everyValuesFileUsesOnlyKeysOfTheRealChartAndNoSecret() {
		List<String> failures = new ArrayList<>();
		FILES.forEach((name, files) -> {
			for (PlanFile file : files) {
				if (!file.fileName().endsWith(".yaml")) {
					continue;
				}
				Map<String, Object> values = new Yaml().load(file.text());
				assertThat(values).as(name).containsEntry("tag", "v1.2.0");
				CHART.problems(values).forEach((problem) -> failures.add(name + ": " + problem));
				if (values.get("authentication") instanceof Map<?, ?> authentication
						&& authentication.containsKey("awsConfig")) {
					failures.add(name + ": authentication.awsConfig holds credentials, set at install only");
				}
			}
		});
		assertThat(failures).isEmpty();
	}

	@Test
	void theChartCheckCatchesKeysThatAreNotInV120() {
		assertThat(CHART.defaultAt(List.of("networking", "gatewayTemplates", "server", "service", "type"))).isEmpty();
		assertThat(CHART.defaultAt(List.of("auth", "service", "type"))).isEmpty();
		assertThat(CHART.defaultAt(List.of("ipam", "podCIDRs"))).contains(List.of());
		assertThat(CHART.defaultAt(List.of("networking", "gatewayTemplates", "server", "service", "annotations", "x")))
			.isPresent();
	}

	@Test
	void everyScriptPassesShellcheck() throws Exception {
		Map<String, String> scripts = new LinkedHashMap<>();
		int index = 0;
		for (List<PlanFile> files : FILES.values()) {
			for (PlanFile file : files) {
				if (file.fileName().endsWith(".sh") && !scripts.containsValue(file.text())) {
					scripts.put("case-" + (index++) + "-" + file.fileName(), file.text());
				}
			}
		}
		assertThat(scripts).hasSizeGreaterThan(150);
		assertThat(Shellcheck.check(scripts)).isEmpty();
	}

	/** Facts 8.1, 8.2 and 3.1: the flags of each liqoctl command the scripts use. */
	private static final Set<String> GLOBAL = Set.of("--kubeconfig", "--context", "--cluster", "--user",
			"--skip-confirm", "--verbose", "--global-labels", "--global-annotations");

	private static final Set<String> INSTALL = Set.of("--version", "--repo-url", "--local-chart-path",
			"--only-output-values", "--dump-values-path", "--dry-run", "--timeout", "--cluster-id", "--cluster-labels",
			"--reserved-subnets", "--set", "--set-string", "--values", "--disable-api-server-sanity-check",
			"--skip-validation", "--enable-metrics", "--disable-telemetry", "--disable-kernel-version-check",
			"--namespace");

	private static final Map<String, Set<String>> OWN = Map.ofEntries(
			Map.entry("install", Set.of("--api-server-url", "--pod-cidr", "--service-cidr")),
			Map.entry("install k3s", Set.of("--api-server-url", "--pod-cidr", "--service-cidr")),
			Map.entry("install kubeadm", Set.of()), Map.entry("install kind", Set.of()),
			Map.entry("install openshift", Set.of()),
			Map.entry("install aks", Set.of("--resource-group-name", "--resource-name", "--subscription-id",
					"--subscription-name", "--vnet-resource-group-name", "--fqdn", "--private-link", "--pod-cidr")),
			Map.entry("install eks", Set.of("--eks-cluster-region", "--eks-cluster-name", "--user-name",
					"--policy-name", "--access-key-id", "--secret-access-key")),
			Map.entry("install gke", Set.of("--credentials-path", "--project-id", "--cluster-id", "--zone", "--region")),
			Map.entry("peer", Set.of("--remote-kubeconfig", "--remote-context", "--remote-cluster", "--remote-user",
					"--remote-namespace", "--namespace", "--gw-server-service-location", "--gw-server-service-type",
					"--gw-server-service-port", "--gw-server-service-nodeport", "--gw-server-service-loadbalancerip",
					"--gw-client-address", "--gw-client-port", "--mtu", "--networking-disabled", "--in-band",
					"--proxy-url", "--create-resource-slice", "--resource-slice-class", "--create-virtual-node", "--cpu",
					"--memory", "--pods", "--resource", "--skip-validation", "--timeout")),
			Map.entry("unpeer", Set.of("--remote-kubeconfig", "--remote-context", "--timeout", "--wait",
					"--delete-namespaces", "--namespace")),
			Map.entry("uninstall", Set.of("--purge", "--timeout", "--namespace")),
			Map.entry("info", Set.of("--output", "--get", "-o", "-g", "--namespace")),
			Map.entry("info peer", Set.of("--output", "--get", "-o", "-g", "--namespace")));

	private static final Map<String, Set<String>> ENUMS = Map.of("--gw-server-service-location",
			Set.of("Provider", "Consumer"), "--gw-server-service-type", Set.of("LoadBalancer", "NodePort", "ClusterIP"),
			"--version", Set.of("v1.2.0"));

	private static final Set<String> BOOLEANS = Set.of("--in-band", "--networking-disabled", "--create-resource-slice",
			"--create-virtual-node", "--skip-confirm", "--disable-api-server-sanity-check", "--private-link",
			"--skip-validation", "--purge", "--wait", "--delete-namespaces");

	@Test
	void everyLiqoctlCommandUsesOnlyFlagsOfItsSubcommand() {
		List<String> failures = new ArrayList<>();
		int commands = 0;
		for (Map.Entry<String, List<PlanFile>> entry : FILES.entrySet()) {
			for (PlanFile file : entry.getValue()) {
				if (!file.fileName().endsWith(".sh")) {
					continue;
				}
				for (String command : liqoctlCommands(file.text())) {
					commands++;
					check(entry.getKey() + " " + file.fileName(), command, failures);
				}
			}
		}
		assertThat(commands).isGreaterThan(2000);
		assertThat(failures).isEmpty();
	}

	@Test
	void theFlagCheckCatchesWrongFlags() {
		for (String wrong : List.of("liqoctl install kubeadm --version v1.2.0 --api-server-url x",
				"liqoctl peer --gw-server-service-location consumer", "liqoctl peer --create-resource-slice false",
				"liqoctl install --version 1.2.0", "liqoctl peer --disable-networking",
				"liqoctl install gke --version v1.2.0 --pod-cidr 10.0.0.0/8")) {
			List<String> failures = new ArrayList<>();
			check("t", wrong, failures);
			assertThat(failures).as(wrong).isNotEmpty();
		}
		List<String> none = new ArrayList<>();
		check("t", "liqoctl peer --kubeconfig a --remote-kubeconfig b --gw-server-service-location Consumer --in-band",
				none);
		assertThat(none).isEmpty();
	}

	/** liqoctl as a command: first on its line, after {@code if !}, or inside {@code $(...)}; not in messages. */
	private static final Pattern COMMAND = Pattern.compile("^\\s*(?:(?:el)?if !?\\s*|[a-z_]+=\\$\\()?(liqoctl .*)$");

	/** Every liqoctl command line, continuation lines joined, the rest of the line after ;, | or ) cut. */
	static List<String> liqoctlCommands(String script) {
		List<String> commands = new ArrayList<>();
		String joined = script.replace("\\\n", " ");
		for (String line : joined.split("\n")) {
			Matcher matcher = COMMAND.matcher(line);
			if (matcher.find()) {
				commands.add(matcher.group(1).split("\\s*(\\|\\||;|\\||\\)|2>)")[0].strip());
			}
		}
		return commands;
	}

	private static void check(String where, String command, List<String> failures) {
		List<String> words = new ArrayList<>(List.of(command.split("\\s+")));
		words.remove(0);
		String subcommand = words.remove(0);
		if (subcommand.equals("install") || subcommand.equals("info")) {
			if (!words.isEmpty() && words.get(0).matches("[a-z0-9]+")) {
				subcommand += " " + words.remove(0);
			}
		}
		Set<String> own = OWN.get(subcommand);
		if (own == null) {
			failures.add(where + ": unknown subcommand " + subcommand);
			return;
		}
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("-")) {
				continue;
			}
			String flag = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
			boolean known = GLOBAL.contains(flag) || own.contains(flag)
					|| (subcommand.startsWith("install") && INSTALL.contains(flag));
			if (!known) {
				failures.add(where + ": " + subcommand + " has no flag " + flag + " in: " + command);
			}
			if (BOOLEANS.contains(flag) && i + 1 < words.size() && words.get(i + 1).matches("true|false")) {
				failures.add(where + ": boolean " + flag + " takes its value after =, in: " + command);
			}
			if (ENUMS.containsKey(flag) && (i + 1 >= words.size() || !ENUMS.get(flag).contains(words.get(i + 1)))) {
				failures.add(where + ": " + flag + " needs one of " + ENUMS.get(flag) + ", in: " + command);
			}
		}
		if (subcommand.startsWith("install") && !command.contains("--version v1.2.0")) {
			failures.add(where + ": install without --version v1.2.0: " + command);
		}
	}


}
