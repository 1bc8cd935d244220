package dev.liqowizard.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Problem;

/**
 * Reads the raw query string itself rather than the servlet's parameter map, so that order,
 * repeats and malformed escapes are all visible to validation.
 */
final class QueryString {

	/** Far above any valid query (the longest canonical one is under 2,000 characters). */
	static final int MAX_LENGTH = 4096;

	private QueryString() {
	}

	/**
	 * The decoded name-value pairs, in order.
	 * @throws InvalidAnswersException when an escape is malformed or the query is too long
	 */
	static List<Map.Entry<String, String>> parse(String raw) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		if (raw == null || raw.isEmpty()) {
			return pairs;
		}
		if (raw.length() > MAX_LENGTH) {
			throw new InvalidAnswersException(List.of(new Problem(Problem.QUERY, "is " + raw.length()
					+ " characters long; valid answers need far fewer than " + MAX_LENGTH + ".")));
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			pairs.add(Map.entry(decode(name), decode(value)));
		}
		return pairs;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidAnswersException(List.of(new Problem(Problem.QUERY,
					"has a malformed %-escape; encode '%' as %25 and other special characters as %XX.")));
		}
	}

}
