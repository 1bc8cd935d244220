package dev.liqowizard.artifact;

import dev.liqowizard.plan.Plan;

/**
 * What every generated script starts with, whatever the release: the comment header that says
 * what the script does and where it comes from, and the {@code fail} function that the rest of the
 * script stops with. Written once so that every script of a bundle opens and fails alike.
 */
public final class ScriptPreamble {

	private ScriptPreamble() {
	}

	/**
	 * The top of the comment header: the summary, the scenario and the provenance, then an empty
	 * comment line; the writer adds how to run its script below.
	 */
	public static void header(ShellScript sh, String summary, Plan plan, Provenance provenance) {
		for (String line : provenance.commentHeader(summary, plan)) {
			sh.comment(line);
		}
	}

	/**
	 * {@code fail MESSAGE}: prints the message after the script's name and stops. The script sets
	 * {@code script} to its file name before it can fail.
	 */
	public static void failFunction(ShellScript sh) {
		sh.begin("fail() {");
		sh.line("printf '%s: %s\\n' \"$script\" \"$1\" >&2");
		sh.line("exit 1");
		sh.end("}");
	}

	/**
	 * Stops at once, naming the tool, when a command the script needs is not installed: otherwise
	 * the first use fails later with a message that points somewhere else ("Liqo is not installed").
	 */
	public static void toolCheck(ShellScript sh, String... tools) {
		sh.begin("for tool in " + String.join(" ", tools) + "; do");
		sh.line("command -v \"$tool\" >/dev/null 2>&1 || fail \"$tool is needed but not installed.\"");
		sh.end("done");
	}

}
