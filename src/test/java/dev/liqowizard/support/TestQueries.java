package dev.liqowizard.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.liqowizard.liqo.LiqoReleases;
import dev.liqowizard.plan.AnswerDraft;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Problem;

/** Answers and plans from query strings, as tests write them. */
public final class TestQueries {

	public static final LiqoReleases RELEASES = LiqoReleases.supported();

	private TestQueries() {
	}

	public static List<Map.Entry<String, String>> pairs(String query) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		if (query.isEmpty()) {
			return pairs;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			pairs.add(Map.entry(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1))));
		}
		return pairs;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	public static AnswerDraft draft(String query) {
		return RELEASES.parser().parse(pairs(query));
	}

	public static Answers answers(String query) {
		return draft(query).toAnswers();
	}

	public static Plan plan(String query) {
		return RELEASES.plan(answers(query));
	}

	/** Why the query is refused, parser and release together; empty when it gives a plan. */
	public static List<Problem> problems(String query) {
		try {
			plan(query);
			return List.of();
		}
		catch (InvalidAnswersException ex) {
			return ex.problems();
		}
	}

	/** The query of the core answers, names left to their defaults. */
	public static String core(Location a, Location b, Network network) {
		return "liqo=v0.3.2&network=" + network.value() + "&a.location=" + a.value() + "&b.location=" + b.value();
	}

}
