package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import dev.liqowizard.liqo.LiqoReleases;
import dev.liqowizard.plan.AnswerDraft;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.Side;

/**
 * The start page and the wizard: each page is a GET URL that carries every answer so far, so
 * Back, bookmarks and shared links all work without JavaScript.
 */
@Controller
class WizardController {

	private final QueryPlanner planner;

	private final WizardFlow flow;

	private final Links links;

	WizardController(QueryPlanner planner, Links links) {
		this.planner = planner;
		this.flow = new WizardFlow(planner.releases());
		this.links = links;
	}

	@GetMapping("/")
	String start(Model model) {
		model.addAttribute("startUrl", this.links.wizard(WizardStep.CLUSTER_A.path(), Map.of()));
		return "start";
	}

	@GetMapping("/wizard")
	View wizard() {
		return redirect(this.links.wizard(WizardStep.CLUSTER_A.path(), Map.of()));
	}

	@GetMapping("/wizard/done")
	Object done(HttpServletRequest request, HttpServletResponse response, Model model) {
		AnswerDraft draft = this.planner.draftFromForm(request.getQueryString());
		WizardFlow.Visit visit = this.flow.visit(Optional.empty(), draft);
		if (visit.isDone()) {
			return redirect(this.links.plan(visit.answers().orElseThrow()));
		}
		return render(visit, draft, response, model);
	}

	@GetMapping("/wizard/{path}")
	String step(@PathVariable String path, HttpServletRequest request, HttpServletResponse response, Model model) {
		WizardStep step = WizardStep.fromPath(path).orElseThrow(PageNotFoundException::new);
		AnswerDraft draft = this.planner.draftFromForm(request.getQueryString());
		return render(this.flow.visit(Optional.of(step), draft), draft, response, model);
	}

	private String render(WizardFlow.Visit visit, AnswerDraft draft, HttpServletResponse response, Model model) {
		WizardStep step = visit.shown().orElseThrow();
		if (!visit.problems().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		Map<String, String> given = draft.given();
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (Problem problem : visit.problems()) {
			errors.computeIfAbsent(problem.parameter(), (name) -> new ArrayList<>()).add(problem.message());
		}
		Map<String, String> hidden = new LinkedHashMap<>();
		given.forEach((name, value) -> {
			if (!step.owns(name) && !value.isEmpty()) {
				hidden.put(name, value);
			}
		});
		model.addAttribute("step", step);
		model.addAttribute("steps", WizardStep.values());
		model.addAttribute("names", Map.of(Side.A.id(), draft.name(Side.A), Side.B.id(), draft.name(Side.B)));
		model.addAttribute("stepCount", WizardStep.CORE_STEPS);
		model.addAttribute("values", given);
		model.addAttribute("errors", errors);
		model.addAttribute("problems", visit.problems());
		model.addAttribute("hidden", hidden);
		model.addAttribute("action", "/wizard/" + step.next().map(WizardStep::path).orElse("done"));
		model.addAttribute("backUrl", step.previous().map((previous) -> this.links.wizard(previous.path(),
				backParameters(given, step, errors))).orElse(null));
		step.side().ifPresent((side) -> clusterModel(side, draft, model));
		if (step == WizardStep.NETWORK) {
			model.addAttribute("networks", Network.values());
			model.addAttribute("releases", releases().all().stream().map((release) -> release.version()).toList());
			model.addAttribute("release", draft.release());
		}
		if (step == WizardStep.DETAILS) {
			List<Refinement> refinements = visit.answers()
				.map((answers) -> releases().get(answers.release()).refinements(answers))
				.orElse(List.of());
			List<RefinementGroup> groups = new ArrayList<>();
			for (Side side : Side.values()) {
				List<Refinement> questions = refinements.stream().filter((q) -> q.side() == side).toList();
				if (!questions.isEmpty()) {
					groups.add(new RefinementGroup(side, draft.name(side), questions));
				}
			}
			model.addAttribute("refinementGroups", groups);
		}
		return "wizard/" + (step.side().isPresent() ? "cluster" : step.path());
	}

	private void clusterModel(Side side, AnswerDraft draft, Model model) {
		model.addAttribute("side", side);
		model.addAttribute("prefix", side.id() + ".");
		model.addAttribute("locations", Location.values());
		model.addAttribute("distributionGroups",
				List.of(DistributionGroup.of(true, "cluster.distribution.cloud"),
						DistributionGroup.of(false, "cluster.distribution.onprem")));
		model.addAttribute("defaultName", ClusterAnswers.defaultName(side));
	}

	/** Going back keeps every answer except the ones on this page that are wrong. */
	private static Map<String, String> backParameters(Map<String, String> given, WizardStep step,
			Map<String, List<String>> errors) {
		Map<String, String> parameters = new LinkedHashMap<>();
		given.forEach((name, value) -> {
			if (!(step.owns(name) && errors.containsKey(name))) {
				parameters.put(name, value);
			}
		});
		return parameters;
	}

	private LiqoReleases releases() {
		return this.planner.releases();
	}

	private static View redirect(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
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

	/** The refinement questions of one cluster, as the details page lists them. */
	public record RefinementGroup(Side side, String name, List<Refinement> questions) {

	}

}
