package dev.liqowizard.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CidrTests {

	@ParameterizedTest
	@ValueSource(strings = { "10.42.0.0/16", "0.0.0.0/0", "192.168.1.128/25", "10.96.0.0/12", "203.0.113.7/32" })
	void readsAndWritesNetworks(String text) {
		assertThat(Cidr.parse(text)).hasToString(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.42.0.0", "10.42.0.0/", "10.42.0.0/33", "10.42.0/16", "10.42.0.0/016x", "/16",
			"10.42.0.1/16", "a.b.c.d/8" })
	void refusesAnythingButAnAlignedIpv4Network(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-10.0.0.0/8", "+10.0.0.0/8", "10.+0.0.0/8", "10.-0.0.0/8", "10.0.0.0/+8", "10.0.0.0/-8",
			"\u0661\u0660.0.0.0/8", "10.0.0.0/\u0668", "\uff11\uff10.0.0.0/8", "010.0.0.0/8", "10.00.0.0/16",
			"10.0.0.0/08", "10.0.0.0/00", "10.0.0.0/16/8", " 10.0.0.0/8", "10.0.0.0/8 " })
	void refusesSignsLeadingZerosAndDigitsOtherThanAscii(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse(text))
			.isInstanceOf(InvalidValueException.class)
			.withMessageContaining("CIDR notation")
			.withMessageNotContaining("input string");
	}

	@Test
	void acceptsAZeroPrefix() {
		assertThat(Cidr.parse("0.0.0.0/0").prefix()).isZero();
	}

	@Test
	void knowsWhichAddressesItHolds() {
		Cidr loopback = Cidr.parse("127.0.0.0/8");
		assertThat(loopback.contains(HostAddress.parse("127.1.2.3").ipv4Value())).isTrue();
		assertThat(loopback.contains(HostAddress.parse("128.0.0.1").ipv4Value())).isFalse();
		assertThat(Cidr.parse("0.0.0.0/0").contains(HostAddress.parse("255.255.255.255").ipv4Value())).isTrue();
	}

	@Test
	void suggestsTheNetworkWhenHostBitsAreSet() {
		assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("10.42.7.1/16"))
			.withMessageContaining("10.42.0.0/16");
	}

	@Test
	void tellsOverlapsApart() {
		assertThat(Cidr.parse("10.0.0.0/8").overlaps(Cidr.parse("10.96.0.0/12"))).isTrue();
		assertThat(Cidr.parse("10.96.0.0/12").overlaps(Cidr.parse("10.0.0.0/8"))).isTrue();
		assertThat(Cidr.parse("10.42.0.0/16").overlaps(Cidr.parse("10.43.0.0/16"))).isFalse();
		assertThat(Cidr.parse("0.0.0.0/0").overlaps(Cidr.parse("192.168.0.0/16"))).isTrue();
	}

}
