package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.Side;

/**
 * Drops answers that no longer apply after a change, so that a new answer never inherits a value
 * asked for something else (an AKS endpoint kept as an on-premise cluster's public address). The
 * release says which refinements apply; a form says under which answers it asked its fields
 * ({@link #ASKED}), so that a value whose question changed is dropped too.
 */
final class StaleAnswers {

	/**
	 * The wizard-only form field that records the release, network and locations a form was
	 * drawn for, like {@code v0.3.2 internet onprem-nat cloud}; {@code _} for an open answer.
	 */
	static final String ASKED = "asked";

	private static final String OPEN = "_";

	private static final List<String> CONTEXT = List.of(Parameters.LIQO, Parameters.NETWORK,
			ClusterField.LOCATION.parameter(Side.A), ClusterField.LOCATION.parameter(Side.B));

	private final WhatIf whatIf;

	StaleAnswers(WhatIf whatIf) {
		this.whatIf = whatIf;
	}

	/** The context of the answers, for a form's {@link #ASKED} field. */
	static String context(Map<String, String> values) {
		return String.join(" ", CONTEXT.stream().map((parameter) -> values.getOrDefault(parameter, OPEN)).toList());
	}

	/**
	 * @param values the answers given, blank ones left out
	 * @param asked the {@link #ASKED} field of the form that sent them, if any
	 */
	Result drop(Map<String, String> values, Optional<String> asked) {
		Map<String, String> kept = new LinkedHashMap<>(values);
		List<Dropped> dropped = new ArrayList<>();
		Map<String, String> before = before(values, asked);
		Map<Side, List<Answers>> now = new EnumMap<>(Side.class);
		Map<Side, List<Answers>> then = new EnumMap<>(Side.class);
		for (Side side : Side.values()) {
			now.put(side, cores(values, side));
			then.put(side, cores(before, side));
		}
		for (Map.Entry<String, String> entry : values.entrySet()) {
			String parameter = entry.getKey();
			Optional<Side> side = PlainWords.side(parameter);
			if (WhatIf.isCore(parameter) || side.isEmpty() || now.get(side.get()).isEmpty()) {
				continue;
			}
			Optional<Refinement> question = question(now.get(side.get()), parameter);
			Optional<Refinement> questionBefore = question(then.get(side.get()), parameter);
			boolean stale = question.isEmpty()
					|| (question.get().isChoice() && !question.get().choices().contains(entry.getValue()))
					|| (questionBefore.isPresent() && !questionBefore.get().label().equals(question.get().label()));
			if (stale) {
				kept.remove(parameter);
				dropped.add(new Dropped(parameter, entry.getValue(), questionBefore.or(() -> question).map(Refinement::label)));
			}
		}
		for (Side side : Side.values()) {
			// A question that goes with another answer (an Ingress's host with an Ingress) goes with it.
			for (Answers core : now.get(side)) {
				for (Refinement question : this.whatIf.refinements(core)) {
					if (question.isAbout(side) && kept.containsKey(question.parameter()) && !question.isAskedWith(kept)) {
						dropped.add(new Dropped(question.parameter(), kept.remove(question.parameter()), Optional.empty()));
					}
				}
			}
		}
		if (kept.containsKey(Parameters.PEERING) && !this.whatIf.asksPeering(kept)) {
			dropped.add(new Dropped(Parameters.PEERING, kept.remove(Parameters.PEERING), Optional.empty()));
		}
		return new Result(kept, dropped);
	}

	private static boolean canJudge(Map<String, String> values, Side side) {
		return values.containsKey(Parameters.NETWORK) && values.containsKey(ClusterField.LOCATION.parameter(side));
	}

	/** The answers the form was drawn for, where it says; the current ones elsewhere. */
	private static Map<String, String> before(Map<String, String> values, Optional<String> asked) {
		Map<String, String> before = new LinkedHashMap<>(values);
		if (asked.isEmpty()) {
			return before;
		}
		String[] parts = asked.get().trim().split(" ");
		if (parts.length != CONTEXT.size()) {
			return before;
		}
		for (int i = 0; i < parts.length; i++) {
			if (parts[i].equals(OPEN)) {
				before.remove(CONTEXT.get(i));
			}
			else {
				before.put(CONTEXT.get(i), parts[i]);
			}
		}
		return before;
	}

	/**
	 * The core answers that decide one cluster's questions. While the other cluster's location is
	 * open, one set for each location it may get: a question asked under any of them still applies
	 * (v1.2.0 asks a NAT'd cluster's gateway port only if the other is behind NAT too).
	 */
	private List<Answers> cores(Map<String, String> values, Side side) {
		if (!canJudge(values, side)) {
			return List.of();
		}
		Map<String, String> core = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (WhatIf.isCore(name)) {
				core.put(name, value);
			}
		});
		String other = ClusterField.LOCATION.parameter(side.other());
		if (core.containsKey(other)) {
			return this.whatIf.core(core).stream().toList();
		}
		List<Answers> cores = new ArrayList<>();
		for (Location location : Location.values()) {
			core.put(other, location.value());
			this.whatIf.core(core).ifPresent(cores::add);
		}
		return cores;
	}

	/** The release's question for the parameter under the first of these answers that asks it. */
	private Optional<Refinement> question(List<Answers> cores, String parameter) {
		return cores.stream()
			.map((core) -> this.whatIf.refinement(core, parameter))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/** An answer left out, with the question it answered when the release named it. */
	record Dropped(String parameter, String value, Optional<String> label) {

	}

	record Result(Map<String, String> kept, List<Dropped> dropped) {

	}

}
