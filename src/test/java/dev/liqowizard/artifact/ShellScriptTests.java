package dev.liqowizard.artifact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ShellScriptTests {

	@ParameterizedTest
	@ValueSource(strings = { "plain", "two words", "it's", "$(rm -rf /)", "`id`", "a\nb", "\"q\"", "back\\slash", "" })
	void quotesAnyValueSoTheShellReadsItBackUnchanged(String value) throws Exception {
		String script = new ShellScript().line("value={}", value).line("printf '%s' \"$value\"").render();
		Process sh = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
		String out = new String(sh.getInputStream().readAllBytes());
		assertThat(sh.waitFor()).isZero();
		assertThat(out).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "it's", "'", "''x''", "$(rm -rf /)", "`id`", "\"q\"", "back\\slash", "a b", "" })
	void theShellQuoteFunctionQuotesAsTheGeneratorDoesAndTheShellReadsItBack(String value) throws Exception {
		String script = new ShellScript().quoteFunction()
			.line("printf '%s' \"$(quote \"$1\")\"")
			.render();
		Process sh = new ProcessBuilder("sh", "-c", script, "sh", value).start();
		String quoted = new String(sh.getInputStream().readAllBytes());
		assertThat(sh.waitFor()).isZero();
		assertThat(quoted).isEqualTo(ShellScript.quote(value));
		Process back = new ProcessBuilder("sh", "-c", "printf '%s' " + quoted).start();
		assertThat(new String(back.getInputStream().readAllBytes())).isEqualTo(value);
		assertThat(back.waitFor()).isZero();
	}

	@Test
	void writesVariablesAsQuotedExpansions() {
		assertThat(new ShellScript().line("kubectl get svc {$} -n {}", "service_name", "liqo").render())
			.isEqualTo("kubectl get svc \"$service_name\" -n 'liqo'\n");
		assertThatIllegalArgumentException().isThrownBy(() -> new ShellScript().line("echo {$}", "x; rm"));
	}

	@Test
	void checksThatEveryPlaceholderHasAValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ShellScript().line("a={} b={}", "1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ShellScript().line("a={}", "1", "2"));
	}

	@Test
	void indentsBlocksAndRefusesUnclosedOnes() {
		String script = new ShellScript().begin("if true; then").line("echo yes").between("else").line("echo no")
			.end("fi")
			.render();
		assertThat(script).isEqualTo("if true; then\n  echo yes\nelse\n  echo no\nfi\n");
		assertThatIllegalStateException().isThrownBy(() -> new ShellScript().begin("{").render());
	}

	@Test
	void writesCommentsOneLineAtATime() {
		assertThat(new ShellScript().comment("one\ntwo\r\n").render()).isEqualTo("# one\n# two \n#\n");
	}

	@Test
	void requiresEnvironmentVariablesWithSafeMessagesOnly() {
		assertThat(new ShellScript().require("TOKEN", "set TOKEN to the token").render())
			.isEqualTo(": \"${TOKEN:?set TOKEN to the token}\"\n");
		assertThatIllegalArgumentException().isThrownBy(() -> new ShellScript().require("TOKEN", "the peer's token"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ShellScript().require("TOKEN", "$(id)"));
	}

}
