package dev.liqowizard.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a YAML 1.1 reader takes a text for when it stands unquoted. Helm reads values with a YAML
 * 1.1 parser (go-yaml v2 through sigs.k8s.io/yaml), and charts write some values unquoted into
 * manifests (Liqo v0.3.2 writes the cluster name into a ConfigMap), so a name like {@code y} or
 * {@code 0o17} reaches Liqo as {@code true} or {@code 15}. The patterns cover the YAML 1.1 type
 * repository (bool, int, float, null, timestamp) and what go-yaml accepts on top of it: Go's
 * {@code 0o} and {@code 0b} prefixes and underscores in any number.
 */
public final class Yaml11PlainScalar {

	private static final Set<String> BOOLEANS = Set.of("y", "yes", "n", "no", "true", "false", "on", "off");

	private static final Set<String> NULLS = Set.of("null", "~", "");

	private static final Pattern NUMBER = Pattern.compile("[-+]?(" //
			+ "0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+" // hexadecimal, Go octal, binary
			+ "|[0-9][0-9_]*(:[0-5]?[0-9])*(\\.[0-9_]*)?(e[-+]?[0-9]+)?" // decimal, 0-octal, sexagesimal, float
			+ "|\\.[0-9_]+(e[-+]?[0-9]+)?" // .5
			+ "|\\.inf|\\.nan)", Pattern.CASE_INSENSITIVE);

	private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
			+ "(([tT]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?");

	private Yaml11PlainScalar() {
	}

	/**
	 * What YAML 1.1 reads the text as when it is not a string: "a boolean", "a number", "null" or
	 * "a date"; empty when it stays a string.
	 */
	public static Optional<String> nonStringReading(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (BOOLEANS.contains(lower)) {
			return Optional.of("a boolean");
		}
		if (NULLS.contains(lower)) {
			return Optional.of("null");
		}
		if (NUMBER.matcher(text).matches()) {
			return Optional.of("a number");
		}
		if (DATE.matcher(text).matches()) {
			return Optional.of("a date");
		}
		return Optional.empty();
	}

	/** The rule in plain words, for messages. */
	public static String rule() {
		return "Helm reads values with YAML 1.1, which takes y, n, yes, no, on, off, true, false, null, numbers "
				+ "(like 123, 0x1f, 0o17, 1e3) and dates (like 2024-01-15) as something other than text";
	}

}
