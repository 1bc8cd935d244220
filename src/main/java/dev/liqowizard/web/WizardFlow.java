package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.liqo.LiqoReleases;
import dev.liqowizard.plan.AnswerDraft;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Problem;

/**
 * Decides which wizard page a request lands on: the page asked for, unless an earlier page has
 * an answer to fix, in which case that page with its errors.
 */
final class WizardFlow {

	private final LiqoReleases releases;

	WizardFlow(LiqoReleases releases) {
		this.releases = releases;
	}

	/**
	 * @param arriving the page asked for, or empty when the user finishes the wizard
	 */
	Visit visit(Optional<WizardStep> arriving, AnswerDraft draft) {
		WizardStep checkpoint = arriving.orElse(null);
		List<Problem> problems = new ArrayList<>(draft.problems());
		List<String> required = (checkpoint != null) ? checkpoint.requiredBefore()
				: WizardStep.DETAILS.requiredBefore();
		problems.addAll(draft.missing(required));
		Optional<Answers> answers = Optional.empty();
		boolean networkAnswered = checkpoint == null || checkpoint == WizardStep.DETAILS;
		if (problems.isEmpty() && networkAnswered) {
			Answers complete = draft.toAnswers();
			try {
				this.releases.plan(complete);
				answers = Optional.of(complete);
			}
			catch (InvalidAnswersException ex) {
				problems.addAll(ex.problems());
				// The details page lists refinements by these answers even while some are refused.
				answers = Optional.of(complete);
			}
		}
		Optional<WizardStep> firstWithProblem = problems.stream()
			.map(Problem::parameter)
			.map(WizardStep::owner)
			.flatMap(Optional::stream)
			.min(Comparator.naturalOrder());
		WizardStep shown;
		if (checkpoint == null) {
			// Problems no page owns (unknown parameters) are shown on the last core page.
			shown = firstWithProblem.orElse(problems.isEmpty() ? null : WizardStep.NETWORK);
		}
		else {
			shown = firstWithProblem.filter((step) -> step.compareTo(checkpoint) < 0).orElse(checkpoint);
		}
		return new Visit(Optional.ofNullable(shown), problems, answers);
	}

	/**
	 * The outcome of a request to the wizard.
	 * @param shown the page to show, empty when the answers are complete and valid
	 * @param problems everything wrong with the request, for the error summary
	 * @param answers the complete answers, once the network is known and nothing before it is wrong
	 */
	record Visit(Optional<WizardStep> shown, List<Problem> problems, Optional<Answers> answers) {

		boolean isDone() {
			return this.shown.isEmpty();
		}

	}

}
