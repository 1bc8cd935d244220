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

}
