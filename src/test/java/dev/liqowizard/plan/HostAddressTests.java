package dev.liqowizard.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HostAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "203.0.113.10", "0.0.0.0", "255.255.255.255", "10.0.0.1" })
	void acceptsIpv4Addresses(String text) {
		assertThat(HostAddress.parse(text)).isEqualTo(new HostAddress(text, true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s.example.com", "a.b", "xn--bcher-kva.example", "my-aks-1a2b.hcp.westeurope.azmk8s.io",
			"1a.example.com" })
	void acceptsDnsNamesWithAtLeastTwoLabels(String text) {
		assertThat(HostAddress.parse(text)).isEqualTo(new HostAddress(text, false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "203.0.113", "203.0.113.010", "1.2.3.4.5", "256.1.1.1", "localhost", "-a.example.com",
			"a-.example.com", "a.example.com.", "example.123", "a b.com", "a_b.example.com", "",
			"https://k8s.example.com", "k8s.example.com:6443", "[::1]", "2001:db8::1" })
	void refusesEverythingElse(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> HostAddress.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "+1.2.3.4", "1.+2.3.4", "-1.2.3.4", "1.2.3.-4", "\u0661.2.3.4", "1.2.3.\u0664",
			"\uff11.2.3.4" })
	void refusesSignsAndDigitsOtherThanAsciiInAddresses(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> HostAddress.parse(text))
			.isInstanceOf(InvalidValueException.class);
		assertThat(HostAddress.isIpv4(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.5e3", "0.5e1", "12.1e10" })
	void refusesNamesThatYamlReadsAsNumbers(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> HostAddress.parse(text))
			.withMessageContaining("YAML 1.1");
	}

	@Test
	void givesTheNumberOfAnIpv4Address() {
		assertThat(HostAddress.parse("203.0.113.10").ipv4Value()).isEqualTo((203L << 24) | (113 << 8) | 10);
		assertThat(HostAddress.parse("255.255.255.255").ipv4Value()).isEqualTo(0xFFFFFFFFL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://k8s.example.com:443", "https://k8s.example.com:6443", "HTTPS://K8s.Example.com/",
			"https://k8s.example.com", "k8s.example.com" })
	void takesTheHostOfAPastedApiServerUrl(String text) {
		assertThat(HostAddress.parsePasted(text)).isEqualTo(new HostAddress("k8s.example.com", false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://k8s.example.com:8443", "http://k8s.example.com", "https://k8s.example.com/x",
			"https://", "https://user@k8s.example.com" })
	void refusesPastedUrlsWhoseHostIsNotTheWholeAddress(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> HostAddress.parsePasted(text));
	}

	@Test
	void limitsNamesTo253Characters() {
		String prefix = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".";
		assertThat(HostAddress.parse(prefix + "d".repeat(57) + ".com").value()).hasSize(253);
		assertThatIllegalArgumentException().isThrownBy(() -> HostAddress.parse(prefix + "d".repeat(58) + ".com"));
	}

}
