package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Side;

/**
 * Decides which wizard page a request lands on: the page asked for, unless an earlier page has
 * an answer to fix or a value the files need, in which case that page with its problems. Whether
 * a combination can work, and what the files need, is the release's word (through
 * {@link WhatIf}).
 */
final class WizardFlow {

	private final WhatIf whatIf;

	private final MessageSource messages;

	WizardFlow(WhatIf whatIf, MessageSource messages) {
		this.whatIf = whatIf;
		this.messages = messages;
	}

	/** The steps of these answers, in order: the peering only where the release asks it, options only where there are some. */
	List<WizardStep> sequence(Map<String, String> values) {
		List<WizardStep> steps = new ArrayList<>(List.of(WizardStep.NETWORK, WizardStep.CLUSTER_A, WizardStep.CLUSTER_B));
		if (this.whatIf.asksPeering(values)) {
			steps.add(WizardStep.PEERING);
		}
		if (hasOptions(values)) {
			steps.add(WizardStep.DETAILS);
		}
		return steps;
	}

	/** Whether the options step asks anything: for these answers, or the first that work while some are open. */
	private boolean hasOptions(Map<String, String> values) {
		Optional<Plan> plan = this.whatIf.plan(this.whatIf.applicable(values)).plan()
			.or(() -> this.whatIf.someCompletion(values));
		return plan.map((p) -> this.whatIf.refinements(p.answers())
			.stream()
			.anyMatch((question) -> WizardStep.DETAILS.owns(question.parameter()))).orElse(true);
	}

	/**
	 * @param arriving the page asked for, or empty when the user finishes the wizard
	 * @param values the answers given, stale ones already dropped
	 * @param parseProblems what the parser says is wrong with them
	 */
	Visit visit(Optional<WizardStep> arriving, Map<String, String> values, List<Problem> parseProblems) {
		List<WizardStep> sequence = sequence(values);
		Map<WizardStep, List<Problem>> problems = new EnumMap<>(WizardStep.class);
		List<Problem> unowned = new ArrayList<>();
		for (Problem problem : parseProblems) {
			Optional<WizardStep> owner = WizardStep.owner(problem.parameter()).filter(sequence::contains);
			if (owner.isPresent()) {
				problems.computeIfAbsent(owner.get(), (step) -> new ArrayList<>()).add(problem);
			}
			else {
				unowned.add(problem);
			}
		}
		if (arriving.isPresent() && !sequence.contains(arriving.get())) {
			throw new IllegalArgumentException(arriving.get() + " is not a step of these answers");
		}
		int end = arriving.map(sequence::indexOf).orElse(sequence.size());
		for (int i = 0; i < end; i++) {
			WizardStep step = sequence.get(i);
			if (!problems.containsKey(step)) {
				List<Problem> found = check(step, prefix(values, sequence.subList(0, i + 1)), values);
				if (!found.isEmpty()) {
					problems.put(step, found);
				}
			}
		}
		Optional<Plan> plan = Optional.empty();
		if (arriving.isEmpty() && problems.isEmpty() && unowned.isEmpty()) {
			WhatIf.Outcome outcome = this.whatIf.plan(values);
			for (Problem problem : outcome.problems()) {
				WizardStep owner = WizardStep.owner(problem.parameter()).filter(sequence::contains)
					.orElse(WizardStep.NETWORK);
				problems.computeIfAbsent(owner, (step) -> new ArrayList<>()).add(problem);
			}
			plan = outcome.plan();
			plan.ifPresent((complete) -> missing(complete, null)
				.forEach((problem) -> problems.computeIfAbsent(WizardStep.owner(problem.parameter()).orElseThrow(),
						(step) -> new ArrayList<>()).add(problem)));
		}
		Optional<WizardStep> shown = sequence.stream().filter(problems::containsKey).findFirst().or(() -> arriving);
		if (shown.isEmpty() && !unowned.isEmpty()) {
			shown = Optional.of(sequence.get(sequence.size() - 1));
		}
		List<Problem> onPage = new ArrayList<>(unowned);
		shown.ifPresent((step) -> onPage.addAll(problems.getOrDefault(step, List.of())));
		Optional<WizardStep> page = shown;
		return new Visit(page, onPage, sequence, page.isEmpty() ? plan : Optional.empty());
	}

	/** The answers of the steps so far, and the release. */
	private static Map<String, String> prefix(Map<String, String> values, List<WizardStep> steps) {
		Map<String, String> prefix = new LinkedHashMap<>();
		values.forEach((parameter, value) -> {
			boolean owned = WizardStep.owner(parameter).filter(steps::contains).isPresent();
			if (parameter.equals(Parameters.LIQO) || owned) {
				prefix.put(parameter, value);
			}
		});
		return prefix;
	}

	private List<Problem> check(WizardStep step, Map<String, String> prefix, Map<String, String> values) {
		List<Problem> problems = new ArrayList<>();
		Optional<String> choice = step.choiceParameter();
		if (step == WizardStep.NETWORK || step.side().isPresent()) {
			String parameter = choice.orElseThrow();
			if (!values.containsKey(parameter)) {
				String key = step.side().isPresent() ? "wizard.required.location" : "wizard.required.network";
				problems.add(new Problem(parameter, text(key)));
				return problems;
			}
			List<Problem> refusal = this.whatIf.refusal(prefix);
			if (!refusal.isEmpty()) {
				refusal.forEach((problem) -> problems.add(new Problem(parameter, problem.message())));
				return problems;
			}
		}
		if (step.side().isPresent()) {
			this.whatIf.someCompletion(prefix).ifPresent((plan) -> problems.addAll(missing(plan, step.side().get())));
		}
		return problems;
	}

	/** The values the files of a plan still need, as problems of the parameters that give them. */
	private List<Problem> missing(Plan plan, Side only) {
		List<Problem> problems = new ArrayList<>();
		for (Side side : Side.values()) {
			if (only != null && side != only) {
				continue;
			}
			for (MissingValue missing : plan.cluster(side).missing()) {
				if (WizardStep.owner(missing.parameter()).isPresent()) {
					problems.add(new Problem(missing.parameter(), text("wizard.needed", missing.what())));
				}
			}
		}
		return problems;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/**
	 * The outcome of a request to the wizard.
	 * @param shown the page to show, empty when the answers are complete and valid
	 * @param problems what is wrong on that page (and with the request as a whole)
	 * @param sequence the steps of these answers
	 * @param plan the plan, when the wizard is done
	 */
	record Visit(Optional<WizardStep> shown, List<Problem> problems, List<WizardStep> sequence, Optional<Plan> plan) {

		boolean isDone() {
			return this.shown.isEmpty();
		}

	}

	static ClusterField field(String parameter) {
		String key = parameter.substring(parameter.indexOf('.') + 1);
		for (ClusterField field : ClusterField.values()) {
			if (field.key().equals(key)) {
				return field;
			}
		}
		throw new IllegalArgumentException(parameter);
	}

}
