package dev.liqowizard.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import static org.assertj.core.api.Assertions.assertThat;

class Yaml11PlainScalarTests {

	@ParameterizedTest
	@ValueSource(strings = { "y", "Y", "n", "yes", "No", "on", "OFF", "true", "False" })
	void readsYaml11BooleanWordsAsBooleans(String text) {
		assertThat(Yaml11PlainScalar.nonStringReading(text)).contains("a boolean");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "~", "" })
	void readsNullWordsAsNull(String text) {
		assertThat(Yaml11PlainScalar.nonStringReading(text)).contains("null");
	}

	@ParameterizedTest
	@ValueSource(strings = { "123", "0", "-1", "+7", "0x1f", "0o17", "017", "089", "0b101", "1_000", "1e3", "1e-3",
			"1.5", ".5", "1.", "12:30", "190:20:30.15", ".inf", "-.INF", ".nan", "1.5e3" })
	void readsNumbersAsNumbersIncludingGoPrefixes(String text) {
		assertThat(Yaml11PlainScalar.nonStringReading(text)).contains("a number");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-01-15", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10" })
	void readsDatesAsDates(String text) {
		assertThat(Yaml11PlainScalar.nonStringReading(text)).contains("a date");
	}

	@ParameterizedTest
	@ValueSource(strings = { "edge", "edge-1", "nginx", "1a", "yess", "nope", "0x", "1e", "1-2", "1.2.3", "e3",
			"0xg1", "inf", "nan", "k8s.example.com", "2024-01", "on-prem" })
	void leavesTextAsText(String text) {
		assertThat(Yaml11PlainScalar.nonStringReading(text)).isEmpty();
	}

	/** Whatever SnakeYAML's YAML 1.1 resolver would not keep as a string is refused too. */
	@ParameterizedTest
	@ValueSource(strings = { "y", "no", "on", "null", "~", "123", "0x1f", "017", "0b101", "1_000", "1e3", "1.5",
			".5", "12:30", "2024-01-15", ".inf", "edge", "nginx", "0o17" })
	void refusesAtLeastWhatSnakeYamlsYaml11ResolverReadsAsNoString(String text) {
		Tag tag = new Resolver().resolve(NodeId.scalar, text, true);
		if (!tag.equals(Tag.STR)) {
			assertThat(Yaml11PlainScalar.nonStringReading(text)).as(text + " is " + tag).isPresent();
		}
	}

}
