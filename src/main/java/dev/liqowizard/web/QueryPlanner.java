package dev.liqowizard.web;


import org.springframework.stereotype.Component;

import dev.liqowizard.liqo.LiqoReleases;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Plan;

/** The one path from a request's query string to answers and a plan, shared by every endpoint. */
@Component
class QueryPlanner {

	private final LiqoReleases releases;

	QueryPlanner(LiqoReleases releases) {
		this.releases = releases;
	}

	/**
	 * The answers of a public URL, strictly.
	 * @throws InvalidAnswersException naming every bad parameter
	 */
	Answers answers(String rawQuery) {
		return this.releases.parser().parse(QueryString.parse(rawQuery)).toAnswers();
	}

	/**
	 * The plan of a public URL.
	 * @throws InvalidAnswersException naming every bad parameter or impossible combination
	 */
	Plan plan(String rawQuery) {
		return this.releases.plan(answers(rawQuery));
	}

	LiqoReleases releases() {
		return this.releases;
	}

}
