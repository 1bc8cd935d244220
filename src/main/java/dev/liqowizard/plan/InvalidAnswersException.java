package dev.liqowizard.plan;

import java.util.List;

/** The answers cannot be planned; each problem names a parameter and what to change. */
public class InvalidAnswersException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidAnswersException(List<Problem> problems) {
		super(describe(problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("at least one problem is required");
		}
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			text.append(text.isEmpty() ? "" : "; ").append(problem.parameter()).append(": ").append(problem.message());
		}
		return text.toString();
	}

}
