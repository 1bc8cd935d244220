package dev.liqowizard.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a generated script under {@code sh} in a scratch folder, with stub executables (such as
 * {@code kubectl} and {@code liqoctl}) first on the PATH. Each stub logs its arguments, one
 * bracketed word each, and answers from a table of glob patterns over its space-joined
 * arguments: the first match gives the exit code and the output. Hostile and failing answers are
 * rows like any other.
 */
public final class StubbedShell {

	/** What one run did. */
	public record Run(int exitCode, String stdout, String stderr, List<String> calls) {

		/** The calls of one tool, like {@code liqoctl [peer] [--in-band]}. */
		public List<String> calls(String tool) {
			return this.calls.stream().filter((call) -> call.startsWith(tool + " ") || call.equals(tool)).toList();
		}

	}

	private record Response(String tool, String pattern, int exitCode, String output) {
	}

	private static final String STUB = """
			#!/bin/sh
			tool=$(basename "$0")
			{ printf '%s' "$tool"; for arg in "$@"; do printf ' [%s]' "$arg"; done; printf '\\n'; } >>"$STUB_DIR/calls.log"
			joined="$*"
			tab=$(printf '\\t')
			while IFS="$tab" read -r rtool pattern code output; do
			  [ "$rtool" = "$tool" ] || continue
			  # shellcheck disable=SC2254
			  case "$joined" in
			    $pattern)
			      if [ -n "$output" ]; then printf '%s\\n' "$output"; fi
			      exit "$code" ;;
			  esac
			done <"$STUB_DIR/responses.tsv"
			exit 0
			""";

	private final Path folder;

	private final List<Response> responses = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final List<String> tools = new ArrayList<>();

	public StubbedShell(String... tools) throws IOException {
		this.folder = Files.createTempDirectory("stubbed-shell");
		this.tools.addAll(List.of(tools));
	}

	/** The scratch folder the script runs in. */
	public Path folder() {
		return this.folder;
	}

	/** Answers calls of {@code tool} whose joined arguments match the glob {@code pattern}; first match wins. */
	public StubbedShell respond(String tool, String pattern, int exitCode, String output) {
		if (pattern.contains("\t") || output.contains("\t") || output.contains("\n")) {
			throw new IllegalArgumentException("one line without tabs, please");
		}
		this.responses.add(new Response(tool, pattern, exitCode, output));
		return this;
	}

	public StubbedShell env(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	/** Writes a file into the scratch folder, such as a kubeconfig the script only checks for. */
	public Path file(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	public Run run(String scriptName, String script, String... arguments) throws IOException, InterruptedException {
		Path bin = Files.createDirectories(this.folder.resolve("bin"));
		for (String tool : this.tools) {
			Path stub = bin.resolve(tool);
			Files.writeString(stub, STUB, StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		StringBuilder table = new StringBuilder();
		for (Response response : this.responses) {
			table.append(response.tool()).append('\t').append(response.pattern()).append('\t')
				.append(response.exitCode()).append('\t').append(response.output()).append('\n');
		}
		Files.writeString(this.folder.resolve("responses.tsv"), table.toString(), StandardCharsets.UTF_8);
		Path log = this.folder.resolve("calls.log");
		Files.writeString(log, "", StandardCharsets.UTF_8);
		Files.writeString(this.folder.resolve(scriptName), script, StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of("sh", scriptName));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.folder.toFile());
		builder.environment().clear();
		builder.environment().put("PATH", bin + ":/usr/bin:/bin");
		builder.environment().put("HOME", this.folder.toString());
		builder.environment().put("STUB_DIR", this.folder.toString());
		builder.environment().putAll(this.environment);
		Path out = this.folder.resolve("stdout.txt");
		Path err = this.folder.resolve("stderr.txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(scriptName + " did not finish within a minute");
		}
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err),
				Files.readAllLines(log).stream().filter((line) -> !line.isEmpty()).toList());
	}

}
