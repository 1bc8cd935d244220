package dev.liqowizard.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Side;

/**
 * Says parameters in words for people: "the address of edge (cluster A)", never {@code a.address}.
 * Messages from the parser and the releases name parameters as the URL spells them (the JSON API
 * keeps those); pages pass them through here.
 */
final class PlainWords {

	private static final String FIELDS = "name|location|distribution|address|auth|ingressHost|ingressClass|lb|podCidr"
			+ "|serviceCidr|natAuthPort|natApiPort|natGatewayPort";

	/** {@code a.address}, {@code b.auth=ingress}, {@code network=routed}, {@code location onprem}. */
	private static final Pattern PARAMETER = Pattern.compile("(?<![\\w.-])(?:([ab])\\.(" + FIELDS
			+ ")(?:=([A-Za-z0-9.-]*[A-Za-z0-9]))?|(network|liqo|peering)=([A-Za-z0-9.-]*[A-Za-z0-9])"
			+ "|location (cloud|onprem-nat|onprem)\\b)(?![\\w])");

	private final MessageSource messages;

	private final Map<Side, String> names;

	PlainWords(MessageSource messages, Map<Side, String> names) {
		this.messages = messages;
		this.names = Map.copyOf(names);
	}

	/** "edge (cluster A)". */
	String cluster(Side side) {
		return text("words.cluster", this.names.get(side), side.id().toUpperCase(Locale.ROOT));
	}

	/** The parameter in words, like "the address of edge (cluster A)"; unknown names as they came. */
	String parameter(String parameter) {
		if (parameter.equals(Parameters.NETWORK) || parameter.equals(Parameters.LIQO)
				|| parameter.equals(Parameters.PEERING)) {
			return text("words." + parameter);
		}
		Optional<Side> side = side(parameter);
		if (side.isPresent()) {
			return text("words.field." + parameter.substring(2), cluster(side.get()));
		}
		return parameter;
	}

	/** The same parameter starting with a capital, for a label or the start of a sentence. */
	String title(String parameter) {
		String words = parameter(parameter);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** How a value reads on the page, like "Private routed network" for {@code routed}. */
	String value(String parameter, String value) {
		String kind = parameter.contains(".") ? parameter.substring(2) : parameter;
		String key = switch (kind) {
			case "network" -> "network." + value;
			case "location" -> "location." + value;
			case "distribution" -> "distribution." + value;
			case "liqo" -> "release." + value;
			case "peering" -> "peering." + value;
			default -> "choice." + kind + "." + value;
		};
		return this.messages.getMessage(key, new Object[] { this.names.get(Side.A), this.names.get(Side.B) }, value,
				Locale.ENGLISH);
	}

	/** A message with every parameter in it said in words. */
	String message(String text) {
		Matcher matcher = PARAMETER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String replacement;
			if (matcher.group(6) != null) {
				replacement = "“" + value("a.location", matcher.group(6)) + "”";
			}
			else {
				String parameter = (matcher.group(4) != null) ? matcher.group(4)
						: matcher.group(1) + "." + matcher.group(2);
				String value = (matcher.group(4) != null) ? matcher.group(5) : matcher.group(3);
				replacement = (value == null) ? parameter(parameter)
						: "“" + value(parameter, value) + "” for " + parameter(parameter);
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	static Optional<Side> side(String parameter) {
		for (Side side : Side.values()) {
			for (ClusterField field : ClusterField.values()) {
				if (field.parameter(side).equals(parameter)) {
					return Optional.of(side);
				}
			}
		}
		return Optional.empty();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, Locale.ENGLISH);
	}

}
