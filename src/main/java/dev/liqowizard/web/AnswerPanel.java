package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.Side;

/**
 * Every answer of a plan as a compact form on the plan page, so that "what if B were behind
 * NAT" is one change: the questions the release asks for these answers, each value the files
 * still need marked by its field.
 */
final class AnswerPanel {

	private final WhatIf whatIf;

	private final MessageSource messages;

	AnswerPanel(WhatIf whatIf, MessageSource messages) {
		this.whatIf = whatIf;
		this.messages = messages;
	}

	/** A field of the panel: a text box, or a select when it has choices. */
	public record Input(String parameter, String id, String label, String value, List<Choice> choices, String help,
			String need) {

		public boolean isSelect() {
			return !this.choices.isEmpty();
		}

	}

	public record Choice(String value, String label, boolean selected) {

	}

	public record Section(String title, List<Input> inputs) {

	}

	List<Section> sections(Plan plan, PlainWords words) {
		Answers answers = plan.answers();
		Map<String, String> values = answers.toParameters();
		List<Section> sections = new ArrayList<>();
		List<Input> general = new ArrayList<>();
		general.add(select(Parameters.LIQO, text("release.question"), values,
				newestFirst(), words, false));
		general.add(select(Parameters.NETWORK, text("network.question"), values,
				Arrays.stream(Network.values()).map(Network::value).toList(), words, false));
		LiqoRelease release = this.whatIf.release(values);
		if (!release.peeringDirections().isEmpty()) {
			general.add(select(Parameters.PEERING, text("peering.question"), values,
					release.peeringDirections().stream().map(Peering::value).toList(), words, true));
		}
		sections.add(new Section(text("answers.general"), general));
		List<Refinement> refinements = this.whatIf.refinements(answers);
		for (Side side : Side.values()) {
			List<Input> inputs = new ArrayList<>();
			inputs.add(text(ClusterField.NAME.parameter(side), text("cluster.name"), values, "", ""));
			inputs.add(select(ClusterField.LOCATION.parameter(side), text("answers.location"), values,
					Arrays.stream(Location.values()).map(Location::value).toList(), words, false));
			inputs.add(select(ClusterField.DISTRIBUTION.parameter(side), text("cluster.distribution"), values,
					Arrays.stream(Distribution.values())
						.filter((d) -> d.fits(answers.cluster(side).location()))
						.map(Distribution::value)
						.toList(),
					words, true));
			for (Refinement question : refinements) {
				if (!question.isAbout(side)) {
					continue;
				}
				String need = plan.cluster(side).missing().stream()
					.filter((missing) -> missing.parameter().equals(question.parameter()))
					.findFirst()
					.map((missing) -> text("answers.need", missing.what(), missing.howToFind()))
					.orElse("");
				String help = question.defaultValue()
					.map((d) -> text("field.default", question.choices().contains(d) ? words.value(question.parameter(), d) : d))
					.orElse("");
				if (question.isChoice()) {
					Input input = select(question.parameter(), question.label(), values, question.choices(), words, true);
					inputs.add(new Input(input.parameter(), input.id(), input.label(), input.value(), input.choices(), help,
							need));
				}
				else {
					inputs.add(text(question.parameter(), question.label(), values, help, need));
				}
			}
			sections.add(new Section(words.cluster(side), inputs));
		}
		return sections;
	}

	/** What the files still need, in words, each linked to its field of the panel. */
	List<WizardPage.SummaryItem> missing(Plan plan, PlainWords words) {
		List<WizardPage.SummaryItem> items = new ArrayList<>();
		for (Side side : Side.values()) {
			for (MissingValue missing : plan.cluster(side).missing()) {
				items.add(new WizardPage.SummaryItem(words.title(missing.parameter()), missing.what(),
						id(missing.parameter())));
			}
		}
		return items;
	}

	private List<String> newestFirst() {
		List<String> versions = new ArrayList<>(this.whatIf.releases().all().stream().map(LiqoRelease::version).toList());
		java.util.Collections.reverse(versions);
		return versions;
	}

	static String id(String parameter) {
		return "answer-" + parameter.replace('.', '-');
	}

	private Input text(String parameter, String label, Map<String, String> values, String help, String need) {
		return new Input(parameter, id(parameter), label, values.getOrDefault(parameter, ""), List.of(), help, need);
	}

	private Input select(String parameter, String label, Map<String, String> values, List<String> choices,
			PlainWords words, boolean optional) {
		List<Choice> options = new ArrayList<>();
		String value = values.getOrDefault(parameter, "");
		if (optional) {
			options.add(new Choice("", text("answers.unset"), value.isEmpty()));
		}
		for (String choice : choices) {
			options.add(new Choice(choice, words.value(parameter, choice), choice.equals(value)));
		}
		return new Input(parameter, id(parameter), label, value, options, "", "");
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
