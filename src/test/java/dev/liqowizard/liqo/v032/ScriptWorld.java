package dev.liqowizard.liqo.v032;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.download.PlanDownloads;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;
import dev.liqowizard.support.TestQueries;

/**
 * A folder where a generated install script runs under {@code sh} against stub {@code kubectl},
 * {@code helm}, {@code liqoctl}, {@code curl} and {@code sleep}: each stub logs its argv to a file
 * and answers from rules (a shell glob over its arguments, then output and exit status, or a
 * sequence of them for polling). Rules added later win. Only a few system tools are on the PATH,
 * so a tool the test did not stub is missing for the script.
 */
final class ScriptWorld {

	static final String OWN_ID = "0f6b7a3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c";

	static final String PEER_ID = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	static final String TOKEN = "ab12".repeat(32);

	static final String PEER_TOKEN = "cd34".repeat(32);

	private static final List<String> SYSTEM_TOOLS = List.of("sed", "grep", "awk", "cat", "dirname", "mktemp", "rm");

	private static final Provenance PROVENANCE = new Provenance("test", "v0.3.2", "https://wizard.example/plan?x=1",
			"https://wizard.example/wizard/details?x=1");

	private final Path root;

	private final String scriptName;

	private final Map<String, List<Rule>> rules = new LinkedHashMap<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final List<String> tools = new ArrayList<>(List.of("kubectl", "helm", "liqoctl", "curl", "sleep"));

	private record Outcome(String output, int status) {
	}

	private record Rule(String pattern, List<Outcome> outcomes, String shell) {
	}

	record Run(int status, String out, String err, List<String> calls) {

		boolean ran(String prefix) {
			return this.calls.stream().anyMatch((call) -> call.startsWith(prefix));
		}

		@Override
		public String toString() {
			return "exit " + this.status + "\n--- stdout\n" + this.out + "--- stderr\n" + this.err + "--- calls\n"
					+ String.join("\n", this.calls);
		}

	}

	/** The world of one cluster of a golden case, healthy until a test says otherwise. */
	static ScriptWorld of(Path root, String goldenCase, Side side) throws IOException {
		Plan plan = TestQueries.plan("liqo=v0.3.2&" + GoldenFilesTests.CASES.get(goldenCase));
		Path work = Files.createDirectories(root.resolve("work"));
		String scriptName = FileNames.install(plan.cluster(side));
		for (PlanFile file : new PlanDownloads(TestQueries.RELEASES).all(plan, PROVENANCE)) {
			Files.writeString(work.resolve(file.fileName()), file.text(), StandardCharsets.UTF_8);
		}
		ScriptWorld world = new ScriptWorld(root, scriptName);
		String peerName = plan.cluster(side.other()).name();
		plan.cluster(side).environment().forEach((input) -> world.env(input.variable(), "AKIAEXAMPLE"));
		world.answer("kubectl", "config current-context", "ctx-" + plan.cluster(side).name());
		world.answer("kubectl", "config view --minify*", "https://10.99.0.1:6443");
		world.answer("kubectl", "-n liqo get configmap liqo-clusterid-configmap*", OWN_ID);
		world.answer("kubectl", "-n liqo get secret auth-token*", TOKEN);
		world.answer("kubectl", "-n liqo get service liqo-auth -o jsonpath=*nodePort*", "31443");
		world.answer("kubectl", "-n liqo get service liqo-gateway -o jsonpath=*nodePort*", "32100");
		world.answer("kubectl", "-n liqo get service liqo-auth -o jsonpath=*loadBalancer*", "{\"ip\":\"20.1.2.3\"}");
		world.answer("kubectl", "-n liqo run *", "{\"clusterId\":\"" + PEER_ID + "\",\"clusterName\":\"" + peerName
				+ "\"}\npreflight-http-code=200");
		world.answer("kubectl", "get foreignclusters -o name", "foreigncluster.discovery.liqo.io/" + peerName);
		world.answer("kubectl", "get foreignclusters -l *OutgoingPeering*", "Established");
		world.answer("kubectl", "get foreignclusters -l *foreignAuthUrl*", "https://10.0.0.2:31443");
		world.answer("kubectl", "get node liqo-*Ready*", "True");
		world.shell("kubectl", "-n liqo create secret generic *",
				"cat > \"$D/stdin.txt\"; printf 'apiVersion: v1\\nkind: Secret\\n'");
		world.answer("helm", "list *", "[]");
		world.answer("helm", "repo list", "", 1);
		world.answer("liqoctl", "generate-add-command *", "liqoctl add cluster " + plan.cluster(side).name()
				+ " --auth-url https://20.1.2.3 --id " + OWN_ID + " --token " + TOKEN);
		world.answer("curl", "*", "");
		return world;
	}

	private ScriptWorld(Path root, String scriptName) {
		this.root = root;
		this.scriptName = scriptName;
	}

	ScriptWorld answer(String tool, String pattern, String output) {
		return answer(tool, pattern, output, 0);
	}

	ScriptWorld answer(String tool, String pattern, String output, int status) {
		return answers(tool, pattern, List.of(new Outcome(output, status)));
	}

	/** Answers with the outputs in turn, one per call, the last one from then on; status 1 when empty. */
	ScriptWorld answersInTurn(String tool, String pattern, String... outputs) {
		List<Outcome> outcomes = new ArrayList<>();
		for (String output : outputs) {
			outcomes.add(new Outcome(output, output.isEmpty() ? 1 : 0));
		}
		return answers(tool, pattern, outcomes);
	}

	ScriptWorld shell(String tool, String pattern, String shell) {
		this.rules.computeIfAbsent(tool, (key) -> new ArrayList<>()).add(0, new Rule(pattern, List.of(), shell));
		return this;
	}

	private ScriptWorld answers(String tool, String pattern, List<Outcome> outcomes) {
		this.rules.computeIfAbsent(tool, (key) -> new ArrayList<>()).add(0, new Rule(pattern, outcomes, null));
		return this;
	}

	ScriptWorld env(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	ScriptWorld peerValues(String authUrl, String clusterId, String token) {
		if (authUrl != null) {
			env("PEER_AUTH_URL", authUrl);
		}
		return env("PEER_CLUSTER_ID", clusterId).env("PEER_TOKEN", token);
	}

	/** Takes a tool off the PATH. */
	ScriptWorld without(String tool) {
		this.tools.remove(tool);
		return this;
	}

	String stdinOfCreateSecret() throws IOException {
		Path file = this.root.resolve("stubs/stdin.txt");
		return Files.exists(file) ? Files.readString(file) : "";
	}

	/** A glob for {@code case}: literal parts single-quoted (test text, no quotes in it), stars left bare. */
	private static String casePattern(String glob) {
		StringBuilder pattern = new StringBuilder();
		for (String part : glob.split("\\*", -1)) {
			if (pattern.length() > 0 || glob.startsWith("*")) {
				pattern.append('*');
			}
			if (!part.isEmpty()) {
				pattern.append('\'').append(part).append('\'');
			}
		}
		return pattern.toString();
	}

	Run run(String... arguments) throws IOException, InterruptedException {
		Path bin = Files.createDirectories(this.root.resolve("bin"));
		Path stubs = Files.createDirectories(this.root.resolve("stubs"));
		Path log = this.root.resolve("calls.log");
		Files.deleteIfExists(log);
		for (String tool : SYSTEM_TOOLS) {
			Path target = Path.of("/usr/bin", tool);
			if (!Files.exists(target)) {
				target = Path.of("/bin", tool);
			}
			Files.deleteIfExists(bin.resolve(tool));
			Files.createSymbolicLink(bin.resolve(tool), target);
		}
		int index = 0;
		for (String tool : this.tools) {
			StringBuilder stub = new StringBuilder("#!/bin/sh\nprintf '%s\\n' \"" + tool + " $*\" >> \"$LOG\"\n");
			if (!tool.equals("sleep")) {
				stub.append("case \"$*\" in\n");
				for (Rule rule : this.rules.getOrDefault(tool, List.of())) {
					String id = "r" + (index++);
					stub.append("  ").append(casePattern(rule.pattern())).append(")\n");
					if (rule.shell() != null) {
						stub.append("    ").append(rule.shell()).append("\n    exit 0 ;;\n");
						continue;
					}
					for (int k = 0; k < rule.outcomes().size(); k++) {
						Outcome outcome = rule.outcomes().get(k);
						Files.writeString(stubs.resolve(id + "." + k + ".out"), outcome.output());
						Files.writeString(stubs.resolve(id + "." + k + ".rc"), String.valueOf(outcome.status()));
					}
					int last = rule.outcomes().size() - 1;
					stub.append("    n=$(cat \"$D/" + id + ".count\" 2>/dev/null || echo 0)\n")
						.append("    echo $((n + 1)) > \"$D/" + id + ".count\"\n")
						.append("    if [ \"$n\" -gt " + last + " ]; then n=" + last + "; fi\n")
						.append("    cat \"$D/" + id + ".$n.out\"\n")
						.append("    exit \"$(cat \"$D/" + id + ".$n.rc\")\" ;;\n");
				}
				stub.append("esac\n");
			}
			Path file = bin.resolve(tool);
			Files.writeString(file, stub.toString());
			file.toFile().setExecutable(true);
		}
		List<String> command = new ArrayList<>(List.of("/bin/sh", this.scriptName));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.root.resolve("work").toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.redirectOutput(this.root.resolve("out.txt").toFile())
			.redirectError(this.root.resolve("err.txt").toFile());
		builder.environment().clear();
		builder.environment().put("PATH", bin.toString());
		builder.environment().put("LOG", log.toString());
		builder.environment().put("D", stubs.toString());
		builder.environment().put("HOME", this.root.toString());
		builder.environment().putAll(this.environment);
		Process process = builder.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the script did not finish");
		}
		List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
		return new Run(process.exitValue(), Files.readString(this.root.resolve("out.txt")),
				Files.readString(this.root.resolve("err.txt")), calls);
	}

}
