package dev.liqowizard.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code shellcheck} on generated scripts, many at a time. A missing shellcheck fails
 * the test instead of skipping it: CI installs it ({@code .ci/run}), and a skipped check would pass
 * broken scripts.
 */
public final class Shellcheck {

	private static final String SHELLCHECK = System.getProperty("wizard.shellcheck", "shellcheck");

	private Shellcheck() {
	}

	/** The findings of shellcheck on every script, empty when all are clean. */
	public static String check(Map<String, String> scriptsByName) throws IOException, InterruptedException {
		Path folder = Files.createTempDirectory("scripts");
		List<String> command = new ArrayList<>(List.of(SHELLCHECK, "--shell=sh", "--severity=style", "--format=gcc"));
		for (Map.Entry<String, String> script : scriptsByName.entrySet()) {
			Path file = folder.resolve(script.getKey());
			Files.writeString(file, script.getValue(), StandardCharsets.UTF_8);
			command.add(file.toString());
		}
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("shellcheck is not installed: apt-get install shellcheck (.ci/run does)",
					ex);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("shellcheck did not finish");
		}
		return output;
	}

}
