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
				throw new IllegalArgumentException(
						"is not a valid IPv4 address: four numbers from 0 to 255 separated by dots, like 203.0.113.10");
			}
			return new HostAddress(value, true);
		}
		if (!isDnsName(value)) {
			throw new IllegalArgumentException("must be an IPv4 address (like 203.0.113.10) or a DNS name with at least "
					+ "two labels (like k8s.example.com): letters, digits, '-' and '.', at most 253 characters");
		}
		return new HostAddress(value, false);
	}

	static boolean isIpv4(String value) {
		String[] parts = value.split("\\.", -1);
		if (parts.length != 4) {
			return false;
		}
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
				return false;
			}
			if (Integer.parseInt(part) > 255) {
				return false;
			}
		}
		return true;
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
