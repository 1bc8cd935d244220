package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.liqo.LiqoReleases;
import dev.liqowizard.plan.AnswerDraft;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.Choice;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.Side;

/**
 * Asks the release about answers that are not (or not yet) the user's: "could this location
 * work with that network?", "which refinements apply if B ran on-premise?". The wizard marks
 * impossible choices and stale answers from these plans, so it knows no rule of its own.
 * Answers are raw URL values, as a form sends them.
 */
final class WhatIf {

	private final LiqoReleases releases;

	WhatIf(LiqoReleases releases) {
		this.releases = releases;
	}

	LiqoReleases releases() {
		return this.releases;
	}

	/** The release the values ask for, or the newest for a missing or unknown one. */
	LiqoRelease release(Map<String, String> values) {
		return this.releases.find(values.getOrDefault(Parameters.LIQO, ""))
			.orElseGet(() -> this.releases.get(this.releases.parser().newestRelease()));
	}

	/** Whether the release asks the direction of a peering. */
	boolean asksPeering(Map<String, String> values) {
		return !release(values).peeringDirections().isEmpty();
	}

	/**
	 * The core answers of the values (release, network, names, locations, distributions and, where
	 * the release has one, the direction), when they are complete and valid; a distribution that
	 * does not fit its location is left out, a bad name becomes the default.
	 */
	Optional<Answers> core(Map<String, String> values) {
		Map<String, String> core = new LinkedHashMap<>();
		for (String parameter : Parameters.CANONICAL_ORDER) {
			if (values.containsKey(parameter) && isCore(parameter)) {
				core.put(parameter, values.get(parameter));
			}
		}
		if (!asksPeering(values)) {
			core.remove(Parameters.PEERING);
		}
		for (Side side : Side.values()) {
			Optional<Location> location = choice(Location.class, core.get(ClusterField.LOCATION.parameter(side)));
			Optional<Distribution> distribution = choice(Distribution.class,
					core.get(ClusterField.DISTRIBUTION.parameter(side)));
			if (location.isPresent() && distribution.isPresent() && !distribution.get().fits(location.get())) {
				core.remove(ClusterField.DISTRIBUTION.parameter(side));
			}
		}
		return answers(usable(core));
	}

	/** The refinements the release asks for these core answers. */
	List<Refinement> refinements(Answers core) {
		return this.releases.get(core.release()).refinements(core);
	}

	Optional<Refinement> refinement(Answers core, String parameter) {
		return refinements(core).stream().filter((question) -> question.parameter().equals(parameter)).findFirst();
	}

	/** The values without the refinements the release does not ask for their core answers. */
	Map<String, String> applicable(Map<String, String> values) {
		Optional<Answers> core = core(values);
		Map<String, String> kept = new LinkedHashMap<>();
		values.forEach((parameter, value) -> {
			if (isCore(parameter)) {
				kept.put(parameter, value);
			}
			else if (core.isPresent() && refinement(core.get(), parameter)
				.filter((question) -> !question.isChoice() || question.choices().contains(value))
				.isPresent()) {
				kept.put(parameter, value);
			}
		});
		if (!asksPeering(values)) {
			kept.remove(Parameters.PEERING);
		}
		return kept;
	}

	/** The plan of the values, or everything wrong with them. */
	Outcome plan(Map<String, String> values) {
		try {
			Answers answers = this.releases.parser().parse(pairs(values)).toAnswers();
			return new Outcome(Optional.of(this.releases.plan(answers)), List.of());
		}
		catch (InvalidAnswersException ex) {
			return new Outcome(Optional.empty(), ex.problems());
		}
	}

	/**
	 * Why no answer to the questions still open could make these values work: empty when some
	 * network, location or direction not given yet gives a plan, else the release's reasons for
	 * the first one tried. Values that do not parse are left out, so only the combination counts.
	 */
	List<Problem> refusal(Map<String, String> values) {
		List<Problem> first = null;
		for (Map<String, String> completion : completions(values)) {
			Outcome outcome = plan(applicable(usable(completion)));
			if (outcome.plan().isPresent()) {
				return List.of();
			}
			if (first == null) {
				first = outcome.problems();
			}
		}
		return (first != null) ? first : List.of();
	}

	/** The plan of the first completion of the values that works, for what it says about them. */
	Optional<Plan> someCompletion(Map<String, String> values) {
		for (Map<String, String> completion : completions(values)) {
			Optional<Plan> plan = plan(applicable(usable(completion))).plan();
			if (plan.isPresent()) {
				return plan;
			}
		}
		return Optional.empty();
	}

	/** The values with every open core question answered in each possible way. */
	private List<Map<String, String>> completions(Map<String, String> values) {
		List<Map<String, String>> completions = new ArrayList<>();
		completions.add(new LinkedHashMap<>(values));
		completions = expand(completions, Parameters.NETWORK, choices(Network.class));
		for (Side side : Side.values()) {
			completions = expand(completions, ClusterField.LOCATION.parameter(side), choices(Location.class));
		}
		if (asksPeering(values)) {
			completions = expand(completions, Parameters.PEERING,
					release(values).peeringDirections().stream().map(Peering::value).toList());
		}
		return completions;
	}

	private static List<Map<String, String>> expand(List<Map<String, String>> completions, String parameter,
			List<String> choices) {
		List<Map<String, String>> expanded = new ArrayList<>();
		for (Map<String, String> completion : completions) {
			if (completion.containsKey(parameter) && choices.contains(completion.get(parameter))) {
				expanded.add(completion);
				continue;
			}
			for (String choice : choices) {
				Map<String, String> next = new LinkedHashMap<>(completion);
				next.put(parameter, choice);
				expanded.add(next);
			}
		}
		return expanded;
	}

	/** The values without those that do not parse, so that a typo does not hide a combination. */
	private Map<String, String> usable(Map<String, String> values) {
		Map<String, String> usable = new LinkedHashMap<>(values);
		for (int round = 0; round < 3; round++) {
			AnswerDraft draft = this.releases.parser().parse(pairs(usable));
			if (draft.problems().isEmpty()) {
				break;
			}
			draft.problems().forEach((problem) -> usable.remove(problem.parameter()));
		}
		return usable;
	}

	private Optional<Answers> answers(Map<String, String> values) {
		AnswerDraft draft = this.releases.parser().parse(pairs(values));
		if (!draft.problems().isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(draft.toAnswers());
		}
		catch (InvalidAnswersException ex) {
			return Optional.empty();
		}
	}

	/** The answers every plan starts from; the rest are refinements. */
	static boolean isCore(String parameter) {
		if (parameter.equals(Parameters.LIQO) || parameter.equals(Parameters.NETWORK)
				|| parameter.equals(Parameters.PEERING)) {
			return true;
		}
		for (Side side : Side.values()) {
			for (ClusterField field : ClusterField.values()) {
				if (!field.isRefinement() && field.parameter(side).equals(parameter)) {
					return true;
				}
			}
		}
		return false;
	}

	static List<Map.Entry<String, String>> pairs(Map<String, String> values) {
		return values.entrySet().stream().map((entry) -> Map.entry(entry.getKey(), entry.getValue())).toList();
	}

	private static <E extends Enum<E> & Choice> Optional<E> choice(Class<E> type, String value) {
		return (value == null) ? Optional.empty() : Choice.parse(type, value);
	}

	private static <E extends Enum<E> & Choice> List<String> choices(Class<E> type) {
		return java.util.Arrays.stream(type.getEnumConstants()).map(Choice::value).toList();
	}

	/** A plan, or the problems that stop it. */
	record Outcome(Optional<Plan> plan, List<Problem> problems) {

	}

}
