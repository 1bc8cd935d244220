package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.plan.AnswerDraft;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.Side;
import dev.liqowizard.web.WizardPage.Example;
import dev.liqowizard.web.WizardPage.Field;
import dev.liqowizard.web.WizardPage.Fix;
import dev.liqowizard.web.WizardPage.Group;
import dev.liqowizard.web.WizardPage.Option;
import dev.liqowizard.web.WizardPage.StepLink;
import dev.liqowizard.web.WizardPage.SummaryItem;
import dev.liqowizard.web.WizardPage.Variant;

/**
 * The start page and the wizard: each page is a GET URL that carries every answer so far, so
 * Back, bookmarks and shared links all work without JavaScript. Which choices can work, which
 * questions apply and what the files need come from the release, through {@link WhatIf}.
 */
@Controller
class WizardController {

	private final QueryPlanner planner;

	private final WhatIf whatIf;

	private final WizardFlow flow;

	private final StaleAnswers stale;

	private final Links links;

	private final MessageSource messages;

	WizardController(QueryPlanner planner, Links links, MessageSource messages) {
		this.planner = planner;
		this.whatIf = new WhatIf(planner.releases());
		this.flow = new WizardFlow(this.whatIf, messages);
		this.stale = new StaleAnswers(this.whatIf);
		this.links = links;
		this.messages = messages;
	}

	@GetMapping("/")
	String start(HttpServletRequest request, Model model) {
		List<LiqoRelease> newestFirst = new ArrayList<>(this.planner.releases().all());
		java.util.Collections.reverse(newestFirst);
		// Answers come along when the user comes back to change the release; a bad link starts afresh.
		Map<String, String> values = Form.readLeniently(request.getQueryString()).values();
		Map<String, String> hidden = new LinkedHashMap<>(values);
		hidden.remove(Parameters.LIQO);
		if (!hidden.isEmpty()) {
			hidden.put(StaleAnswers.ASKED, StaleAnswers.context(values));
		}
		model.addAttribute("hidden", hidden);
		model.addAttribute("chosen", this.whatIf.release(values).version());
		model.addAttribute("releases", newestFirst.stream().map(LiqoRelease::version).toList());
		model.addAttribute("newest", newestFirst.get(0).version());
		model.addAttribute("examples", examples(newestFirst.get(0).version()));
		model.addAttribute("description", text("start.description"));
		return "start";
	}

	@GetMapping("/wizard")
	View wizard() {
		return redirect(this.links.wizard(WizardStep.NETWORK.path(), Map.of()));
	}

	@GetMapping("/wizard/done")
	Object done(HttpServletRequest request, HttpServletResponse response, Model model) {
		return visit(Optional.empty(), request, response, model);
	}

	@GetMapping("/wizard/{path}")
	Object step(@PathVariable String path, HttpServletRequest request, HttpServletResponse response, Model model) {
		WizardStep step = WizardStep.fromPath(path).orElseThrow(PageNotFoundException::new);
		return visit(Optional.of(step), request, response, model);
	}

	private Object visit(Optional<WizardStep> asked, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Form form = Form.read(request.getQueryString());
		StaleAnswers.Result result = this.stale.drop(form.values(), form.asked());
		Map<String, String> values = result.kept();
		AnswerDraft draft = this.planner.releases().parser().parse(WhatIf.pairs(values));
		List<WizardStep> sequence = this.flow.sequence(values);
		Optional<WizardStep> arriving = asked;
		if (arriving.isPresent() && !sequence.contains(arriving.get())) {
			// A step these answers do not have (no options, no direction): the one after it.
			WizardStep missingStep = arriving.get();
			arriving = sequence.stream().filter((step) -> step.compareTo(missingStep) > 0).findFirst();
		}
		WizardFlow.Visit visit = this.flow.visit(arriving, values, draft.problems());
		if (visit.isDone() && result.dropped().isEmpty() && form.unknown().isEmpty()) {
			return redirect(this.links.plan(visit.plan().orElseThrow().answers()));
		}
		WizardStep step = visit.shown().orElse(visit.sequence().get(visit.sequence().size() - 1));
		PlainWords words = words(draft);
		if (!visit.problems().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("notices", notices(result, form, words));
		// Done, but with answers left out: the notice says so and leads on to the plan.
		model.addAttribute("planUrl", visit.plan().map((plan) -> this.links.plan(plan.answers())).orElse(null));
		render(step, visit, values, words, model);
		return "wizard/" + (step.side().isPresent() ? "cluster" : step.path());
	}

	private void render(WizardStep step, WizardFlow.Visit visit, Map<String, String> values, PlainWords words,
			Model model) {
		List<WizardStep> sequence = visit.sequence();
		Map<String, List<String>> errors = new LinkedHashMap<>();
		List<SummaryItem> summary = new ArrayList<>();
		for (Problem problem : visit.problems()) {
			String message = words.message(problem.message());
			errors.computeIfAbsent(problem.parameter(), (name) -> new ArrayList<>()).add(message);
			boolean known = Parameters.isKnown(problem.parameter());
			summary.add(new SummaryItem(known ? words.title(problem.parameter()) : text("wizard.errors.request"),
					message, known ? anchor(problem.parameter(), values) : null));
		}
		Map<String, String> hidden = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			// The release is chosen on the start page; the network step only links back to it.
			if (!step.owns(name) || name.equals(Parameters.LIQO)) {
				hidden.put(name, value);
			}
		});
		hidden.put(StaleAnswers.ASKED, StaleAnswers.context(values));
		int index = sequence.indexOf(step);
		LiqoRelease release = this.whatIf.release(values);
		model.addAttribute("step", step);
		model.addAttribute("progress", progress(sequence, step, values));
		model.addAttribute("stepNumber", index + 1);
		model.addAttribute("stepCount", sequence.size());
		model.addAttribute("release", release.version());
		model.addAttribute("releaseUrl", this.links.start(values));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("summary", summary);
		model.addAttribute("hidden", hidden);
		model.addAttribute("names", Map.of("a", nameOf(values, Side.A), "b", nameOf(values, Side.B)));
		model.addAttribute("action", "/wizard/" + ((index + 1 < sequence.size()) ? sequence.get(index + 1).path() : "done"));
		model.addAttribute("last", index + 1 == sequence.size());
		model.addAttribute("canFinish", index + 1 < sequence.size() && this.whatIf.core(values).isPresent());
		model.addAttribute("backUrl", (index > 0) ? this.links.wizard(sequence.get(index - 1).path(), values)
				: this.links.start(values));
		model.addAttribute("description", text("wizard.description"));
		switch (step) {
			case NETWORK -> {
				model.addAttribute("options", options(Parameters.NETWORK, values, words, errors,
						Arrays.stream(Network.values()).map(Network::value).toList(), (v) -> text("network." + v + ".help")));
				model.addAttribute("releases", this.planner.releases().all().stream().map(LiqoRelease::version).toList());
			}
			case CLUSTER_A, CLUSTER_B -> cluster(step.side().orElseThrow(), values, words, errors, model);
			case PEERING -> model.addAttribute("options", options(Parameters.PEERING, values, words, errors,
					release.peeringDirections().stream().map(Peering::value).toList(),
					(v) -> text("peering." + v + ".help", nameOf(values, Side.A), nameOf(values, Side.B))));
			case DETAILS -> model.addAttribute("groups", details(values, words, errors));
		}
	}

	/** The progress list: every step of these answers, each a link once the steps before it are answered. */
	private List<StepLink> progress(List<WizardStep> sequence, WizardStep current, Map<String, String> values) {
		List<StepLink> steps = new ArrayList<>();
		boolean reachable = true;
		for (int i = 0; i < sequence.size(); i++) {
			WizardStep step = sequence.get(i);
			String label = text("wizard.step." + step.path());
			boolean link = reachable && step != current;
			steps.add(new StepLink(i + 1, label, link ? this.links.wizard(step.path(), values) : null, step == current));
			reachable = reachable && step.choiceParameter().map(values::containsKey).orElse(true);
		}
		return steps;
	}

	private void cluster(Side side, Map<String, String> values, PlainWords words, Map<String, List<String>> errors,
			Model model) {
		String prefix = side.id() + ".";
		model.addAttribute("side", side);
		model.addAttribute("prefix", prefix);
		model.addAttribute("cluster", words.cluster(side));
		model.addAttribute("locations", options(ClusterField.LOCATION.parameter(side), values, words, errors,
				Arrays.stream(Location.values()).map(Location::value).toList(), (v) -> text("location." + v + ".help")));
		model.addAttribute("distributionGroups",
				List.of(DistributionGroup.of(true, "cluster.distribution.cloud"),
						DistributionGroup.of(false, "cluster.distribution.onprem")));
		model.addAttribute("defaultName", ClusterAnswers.defaultName(side));
		model.addAttribute("fields", clusterFields(side, values, errors));
		model.addAttribute("directed", this.whatIf.asksPeering(values));
	}

	/**
	 * The fields of a cluster's page after name, location and distribution, one variant per
	 * location where the release asks them: the address and what else the files need.
	 */
	private List<Field> clusterFields(Side side, Map<String, String> values, Map<String, List<String>> errors) {
		String locationParameter = ClusterField.LOCATION.parameter(side);
		Map<String, List<Variant>> variants = new LinkedHashMap<>();
		Map<String, Refinement> questions = new LinkedHashMap<>();
		for (Location location : Location.values()) {
			Map<String, String> assumed = assume(values, locationParameter, location.value(), side);
			Map<String, String> placeholder = new LinkedHashMap<>(assumed);
			placeholder.putIfAbsent(ClusterField.LOCATION.parameter(side.other()), location.value());
			Optional<dev.liqowizard.plan.Answers> core = this.whatIf.core(placeholder);
			if (core.isEmpty()) {
				continue;
			}
			Map<String, String> without = new LinkedHashMap<>(assumed);
			without.keySet().removeIf((name) -> name.startsWith(side.id() + ".") && !WhatIf.isCore(name)
					&& WizardStep.of(side).owns(name));
			Optional<Plan> bare = this.whatIf.someCompletion(without);
			for (Refinement question : this.whatIf.refinements(core.get())) {
				if (!question.isAbout(side) || !WizardStep.of(side).owns(question.parameter())) {
					continue;
				}
				questions.putIfAbsent(question.parameter(), question);
				Optional<dev.liqowizard.plan.MissingValue> missing = bare.flatMap((plan) -> plan.cluster(side)
					.missing().stream().filter((m) -> m.parameter().equals(question.parameter())).findFirst());
				String status = bare.isEmpty() ? ""
						: missing.isPresent() ? text("field.required")
								: question.defaultValue().map((d) -> text("field.default", d)).orElse(text("field.optional"));
				variants.computeIfAbsent(question.parameter(), (name) -> new ArrayList<>())
					.add(new Variant(location.value(), question.label(), question.why(),
							missing.map(dev.liqowizard.plan.MissingValue::howToFind).orElse(null), status));
			}
		}
		List<Field> fields = new ArrayList<>();
		List<Map.Entry<String, List<Variant>>> ordered = new ArrayList<>(variants.entrySet());
		// The address, then the router's ports that go with it, then the ranges.
		List<ClusterField> order = List.of(ClusterField.ADDRESS, ClusterField.NAT_AUTH_PORT, ClusterField.NAT_API_PORT,
				ClusterField.NAT_GATEWAY_PORT, ClusterField.POD_CIDR, ClusterField.SERVICE_CIDR);
		ordered.sort(java.util.Comparator.comparing((entry) -> {
			int index = order.indexOf(WizardFlow.field(entry.getKey()));
			return (index < 0) ? order.size() : index;
		}));
		for (Map.Entry<String, List<Variant>> entry : ordered) {
			String parameter = entry.getKey();
			ClusterField field = WizardFlow.field(parameter);
			List<Variant> all = new ArrayList<>(entry.getValue());
			if (!values.containsKey(locationParameter) && all.size() > 1) {
				all.add(0, new Variant("", text("field." + field.key()), text("field.pickLocation"), null, ""));
			}
			if (values.containsKey(locationParameter)) {
				all.removeIf((variant) -> !variant.location().equals(values.get(locationParameter)));
				if (all.isEmpty()) {
					continue;
				}
			}
			String locations = entry.getValue().stream().map(Variant::location).collect(Collectors.joining(" "));
			String value = values.get(parameter);
			String defaults = "";
			if (field == ClusterField.POD_CIDR || field == ClusterField.SERVICE_CIDR) {
				defaults = distributionDefaults(side, values, parameter);
				if (value == null) {
					value = defaultFor(defaults, values.get(ClusterField.DISTRIBUTION.parameter(side)));
				}
			}
			fields.add(new Field(parameter, fieldId(parameter), value, all, locations, List.of(),
					defaults, ""));
		}
		return fields;
	}

	/** "k3s=10.42.0.0/16 aks=": each distribution's default for a field, as the release gives it. */
	private String distributionDefaults(Side side, Map<String, String> values, String parameter) {
		List<String> pairs = new ArrayList<>();
		for (Distribution distribution : Distribution.values()) {
			Location location = Arrays.stream(Location.values()).filter(distribution::fits).findFirst().orElseThrow();
			Map<String, String> assumed = new LinkedHashMap<>(values);
			assumed.put(ClusterField.LOCATION.parameter(side), location.value());
			assumed.put(ClusterField.DISTRIBUTION.parameter(side), distribution.value());
			assumed.putIfAbsent(ClusterField.LOCATION.parameter(side.other()), Location.ONPREM.value());
			assumed.putIfAbsent(Parameters.NETWORK, Network.INTERNET.value());
			String value = this.whatIf.core(assumed)
				.flatMap((core) -> this.whatIf.refinement(core, parameter))
				.flatMap(Refinement::defaultValue)
				.orElse("");
			pairs.add(distribution.value() + "=" + value);
		}
		return String.join(" ", pairs);
	}

	private static String defaultFor(String defaults, String distribution) {
		if (distribution == null) {
			return null;
		}
		for (String pair : defaults.split(" ")) {
			if (pair.startsWith(distribution + "=") && pair.length() > distribution.length() + 1) {
				return pair.substring(distribution.length() + 1);
			}
		}
		return null;
	}

	/** The values with one answer changed, and a distribution that does not fit the new location left out. */
	private static Map<String, String> assume(Map<String, String> values, String parameter, String value, Side side) {
		Map<String, String> assumed = new LinkedHashMap<>(values);
		assumed.put(parameter, value);
		String distribution = assumed.get(ClusterField.DISTRIBUTION.parameter(side));
		Optional<Location> location = dev.liqowizard.plan.Choice.parse(Location.class,
				assumed.getOrDefault(ClusterField.LOCATION.parameter(side), ""));
		if (distribution != null && location.isPresent()) {
			dev.liqowizard.plan.Choice.parse(Distribution.class, distribution)
				.filter((d) -> !d.fits(location.get()))
				.ifPresent((d) -> assumed.remove(ClusterField.DISTRIBUTION.parameter(side)));
		}
		return assumed;
	}

	/**
	 * The choices of a radio group, each asked of the release with the other answers as they are;
	 * the chosen one, when it cannot work, with the changes that would make it work.
	 */
	private List<Option> options(String parameter, Map<String, String> values, PlainWords words,
			Map<String, List<String>> errors, List<String> choices, java.util.function.Function<String, String> help) {
		Optional<Side> side = PlainWords.side(parameter);
		Map<String, String> asked = withoutOptions(values);
		List<Option> options = new ArrayList<>();
		for (String choice : choices) {
			Map<String, String> assumed = side.map((s) -> assume(asked, parameter, choice, s))
				.orElseGet(() -> assume(asked, parameter, choice, Side.A));
			List<Problem> refusal = this.whatIf.refusal(assumed);
			boolean chosen = choice.equals(values.get(parameter));
			Optional<String> reason = refusal.isEmpty() ? Optional.empty()
					: Optional.of(words.message(refusal.get(0).message()));
			List<Fix> fixes = (chosen && reason.isPresent()) ? fixes(parameter, values, words) : List.of();
			String id = optionId(parameter, choice);
			options.add(new Option(id, choice, words.value(parameter, choice), help.apply(choice), chosen, reason, fixes));
		}
		if (options.stream().anyMatch((option) -> option.chosen() && !option.possible())) {
			errors.putIfAbsent(parameter, new ArrayList<>());
		}
		return options;
	}

	/** Single changes of the network or a location that the release plans, as links. */
	private List<Fix> fixes(String parameter, Map<String, String> values, PlainWords words) {
		Map<String, String> asked = withoutOptions(values);
		List<Fix> fixes = new ArrayList<>();
		List<String> candidates = new ArrayList<>();
		candidates.add(parameter);
		for (String other : List.of(ClusterField.LOCATION.parameter(Side.A), ClusterField.LOCATION.parameter(Side.B),
				Parameters.NETWORK)) {
			if (!other.equals(parameter) && values.containsKey(other)) {
				candidates.add(other);
			}
		}
		for (String candidate : candidates) {
			List<String> choices = candidate.equals(Parameters.NETWORK)
					? Arrays.stream(Network.values()).map(Network::value).toList()
					: Arrays.stream(Location.values()).map(Location::value).toList();
			for (String choice : choices) {
				if (choice.equals(values.get(candidate))) {
					continue;
				}
				Side side = PlainWords.side(candidate).orElse(Side.A);
				Map<String, String> changed = assume(asked, candidate, choice, side);
				if (this.whatIf.refusal(changed).isEmpty()) {
					Map<String, String> link = assume(values, candidate, choice, side);
					WizardStep owner = WizardStep.owner(parameter).orElseThrow();
					String text = candidate.equals(Parameters.NETWORK)
							? text("fix.network", words.value(candidate, choice))
							: text("fix.location", words.cluster(PlainWords.side(candidate).orElseThrow()),
									words.value(candidate, choice));
					fixes.add(new Fix(text, this.links.wizard(owner.path(), link)));
				}
			}
		}
		return fixes;
	}

	/** The answers without those of the options step, which never make a combination impossible here. */
	private static Map<String, String> withoutOptions(Map<String, String> values) {
		Map<String, String> asked = new LinkedHashMap<>(values);
		asked.keySet().removeIf(WizardStep.DETAILS::owns);
		return asked;
	}

	/** The options of both clusters, with choices in words and the fields that depend on another. */
	private List<Group> details(Map<String, String> values, PlainWords words, Map<String, List<String>> errors) {
		List<Group> groups = new ArrayList<>();
		Optional<dev.liqowizard.plan.Answers> core = this.whatIf.core(values);
		if (core.isEmpty()) {
			return groups;
		}
		for (Side side : Side.values()) {
			List<Field> fields = new ArrayList<>();
			for (Refinement question : this.whatIf.refinements(core.get())) {
				if (!question.isAbout(side) || !WizardStep.DETAILS.owns(question.parameter())) {
					continue;
				}
				String parameter = question.parameter();
				String id = fieldId(parameter);
				String status = question.defaultValue()
					.map((d) -> text("field.default", question.choices().contains(d) ? words.value(parameter, d) : d))
					.orElse(text("field.optional"));
				List<Option> choices = question.choices()
					.stream()
					.map((choice) -> new Option(fieldId(parameter, choice), choice, words.value(parameter, choice), "",
							choice.equals(values.get(parameter)), Optional.empty(), List.of()))
					.toList();
				// The radio button of the answer the question goes with; the page hides it until that is checked.
				String dependsOn = question.askedWhen()
					.map((when) -> fieldId(when.parameter(), when.value()))
					.orElse("");
				fields.add(new Field(parameter, id, values.get(parameter),
						List.of(new Variant("", question.label(), question.why(), null, status)), "", choices, "",
						dependsOn));
			}
			if (!fields.isEmpty()) {
				groups.add(new Group(words.cluster(side), fields));
			}
		}
		return groups;
	}

	/** The id of a field's input, on a cluster's step or the options page. */
	private static String fieldId(String parameter) {
		return "field-" + parameter.replace('.', '-');
	}

	/** The id of one radio button of a choice on the options page. */
	private static String fieldId(String parameter, String value) {
		return fieldId(parameter) + "-" + value;
	}

	private List<String> notices(StaleAnswers.Result result, Form form, PlainWords words) {
		List<String> notices = new ArrayList<>();
		for (StaleAnswers.Dropped dropped : result.dropped()) {
			String what = dropped.label()
				.map((label) -> text("words.labelled", label, words.cluster(PlainWords.side(dropped.parameter()).orElse(Side.A))))
				.orElseGet(() -> words.parameter(dropped.parameter()));
			notices.add(text("wizard.dropped", dropped.value(), what));
		}
		for (String unknown : form.unknown()) {
			notices.add(text("wizard.unknown", unknown));
		}
		return notices;
	}

	/** The id of the field a problem of this parameter links to. */
	static String anchor(String parameter, Map<String, String> values) {
		if (parameter.equals(Parameters.NETWORK)) {
			return optionId(parameter, Network.values()[0].value());
		}
		if (parameter.equals(Parameters.PEERING)) {
			return optionId(parameter, Peering.values()[0].value());
		}
		if (parameter.equals(Parameters.LIQO)) {
			return "release-change";
		}
		Optional<Side> side = PlainWords.side(parameter);
		if (side.isPresent()) {
			ClusterField field = WizardFlow.field(parameter);
			return switch (field) {
				case NAME -> "name";
				case LOCATION -> optionId(parameter, Location.values()[0].value());
				case DISTRIBUTION -> "distribution-any";
				default -> fieldId(parameter);
			};
		}
		return null;
	}

	static String optionId(String parameter, String value) {
		Optional<Side> side = PlainWords.side(parameter);
		if (side.isPresent()) {
			return "location-" + value;
		}
		return parameter + "-" + value;
	}

	private PlainWords words(AnswerDraft draft) {
		return new PlainWords(this.messages, Map.of(Side.A, draft.name(Side.A), Side.B, draft.name(Side.B)));
	}

	private static String nameOf(Map<String, String> values, Side side) {
		String name = values.get(ClusterField.NAME.parameter(side));
		return (name != null && name.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) ? name
				: ClusterAnswers.defaultName(side);
	}

	/** The seed scenarios with every value the files need, as plans of this release. */
	private List<Example> examples(String release) {
		List<Example> examples = new ArrayList<>();
		for (SeedExamples.Seed seed : SeedExamples.SEEDS) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put(Parameters.LIQO, release);
			values.putAll(seed.values());
			// A release may not ask some of a seed's values (v1 has no use for a NAT'd consumer's address).
			this.whatIf.plan(this.whatIf.applicable(values)).plan().filter(Plan::isComplete).ifPresent((plan) -> examples.add(
					new Example(plan.scenario().title(), text("start.example." + seed.id()), this.links.plan(plan.answers()))));
		}
		return examples;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private static View redirect(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

	/** A wizard form as sent: the answers (first value of each, blanks left out), the asked context and unknown names. */
	record Form(Map<String, String> values, Optional<String> asked, List<String> unknown) {

		static Form read(String rawQuery) {
			Map<String, String> values = new LinkedHashMap<>();
			Optional<String> asked = Optional.empty();
			List<String> unknown = new ArrayList<>();
			for (Map.Entry<String, String> pair : QueryString.parse(rawQuery)) {
				String name = pair.getKey();
				if (name.equals(StaleAnswers.ASKED)) {
					asked = Optional.of(pair.getValue());
				}
				else if (!Parameters.isKnown(name)) {
					if (!unknown.contains(name) && unknown.size() < 5) {
						String shown = name.replaceAll("\\p{C}", "?");
						unknown.add(shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
					}
				}
				else if (!pair.getValue().isEmpty()) {
					values.putIfAbsent(name, pair.getValue());
				}
			}
			return new Form(values, asked, unknown);
		}

		/** The same, or nothing for a query that cannot be read. */
		static Form readLeniently(String rawQuery) {
			try {
				return read(rawQuery);
			}
			catch (dev.liqowizard.plan.InvalidAnswersException ex) {
				return new Form(Map.of(), Optional.empty(), List.of());
			}
		}

	}

	/** Distributions of one kind of location; the page hides the groups that do not fit. */
	public record DistributionGroup(String titleKey, String locations, List<Distribution> distributions) {

		static DistributionGroup of(boolean cloud, String titleKey) {
			List<Distribution> distributions = Arrays.stream(Distribution.values())
				.filter((distribution) -> distribution.isCloud() == cloud)
				.toList();
			String locations = Arrays.stream(Location.values())
				.filter((location) -> distributions.get(0).fits(location))
				.map(Location::value)
				.collect(Collectors.joining(" "));
			return new DistributionGroup(titleKey, locations, distributions);
		}

	}

}
