package dev.liqowizard.plan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An IPv4 address or a DNS name under which a peer reaches a cluster. DNS names must have at
 * least two labels: Liqo's ForeignCluster rejects auth URLs whose host has no dot.
 */
public record HostAddress(String value, boolean ipv4) {

	private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");

	private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	/** One number of a dotted IPv4 address: ASCII digits, no sign, no leading zero. */
	private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");

	public HostAddress {
		if (value == null) {
			throw new IllegalArgumentException("an address is required");
		}
	}

	private static final Pattern PASTED_URL = Pattern.compile("(?i)https://([^/:]+)(?::(443|6443))?/?");

	/**
	 * Parses an address as people paste it: also the API server URL that {@code kubectl config view}
	 * shows, {@code https://host:443} or {@code https://host:6443}, whose host is the address.
	 */
	public static HostAddress parsePasted(String text) {
		java.util.regex.Matcher url = PASTED_URL.matcher(text);
		return parse(url.matches() ? url.group(1) : text);
	}

	/** Parses an IPv4 address or a DNS name; DNS names are case-insensitive and kept lower-case. */
	public static HostAddress parse(String text) {
		String value = text.toLowerCase(Locale.ROOT);
		if (DOTTED_NUMBERS.matcher(value).matches()) {
			if (!isIpv4(value)) {
				throw new InvalidValueException(
						"is not a valid IPv4 address: four numbers from 0 to 255 separated by dots, like 203.0.113.10");
			}
			return new HostAddress(value, true);
		}
		if (!isDnsName(value)) {
			throw new InvalidValueException("must be an IPv4 address (like 203.0.113.10) or a DNS name with at least "
					+ "two labels (like k8s.example.com): letters, digits, '-' and '.', at most 253 characters");
		}
		if (Yaml11PlainScalar.nonStringReading(value).isPresent()) {
			// A name like 1.5e3 is a float to YAML 1.1, and charts write hosts unquoted.
			throw new InvalidValueException("reads as a number in YAML 1.1, which Helm uses: use an IPv4 address or "
					+ "a DNS name that is not a number (like k8s.example.com)");
		}
		return new HostAddress(value, false);
	}

	/** The address as a 32-bit number; only for IPv4 addresses. */
	public long ipv4Value() {
		if (!this.ipv4) {
			throw new IllegalStateException(this.value + " is not an IPv4 address");
		}
		return ipv4Value(this.value);
	}

	/**
	 * Whether the text is a dotted IPv4 address: four numbers from 0 to 255 in ASCII digits, with
	 * no sign and no leading zero (which some tools read as octal).
	 */
	static boolean isIpv4(String value) {
		String[] parts = value.split("\\.", -1);
		if (parts.length != 4) {
			return false;
		}
		for (String part : parts) {
			if (!OCTET.matcher(part).matches() || asciiNumber(part) > 255) {
				return false;
			}
		}
		return true;
	}

	/** The value of an address {@link #isIpv4} accepts. */
	static long ipv4Value(String value) {
		long result = 0;
		for (String part : value.split("\\.")) {
			result = (result << 8) | asciiNumber(part);
		}
		return result;
	}

	/**
	 * The value of a short run of ASCII digits, checked by a pattern beforehand. Integer.parseInt
	 * would also take a sign and digits of other scripts, which is why it is not used.
	 */
	static int asciiNumber(String digits) {
		int result = 0;
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9' || i >= 9) {
				throw new IllegalStateException("not a short ASCII number: " + digits);
			}
			result = result * 10 + (c - '0');
		}
		return result;
	}

	static boolean isDnsName(String value) {
		if (value.length() > 253) {
			return false;
		}
		String[] labels = value.split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (String label : labels) {
			if (!DNS_LABEL.matcher(label).matches()) {
				return false;
			}
		}
		// A name whose last label is numeric would be read as a malformed IP address.
		return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
