package dev.liqowizard.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.diagram.SvgWriter;
import dev.liqowizard.diagram.TopologyBuilder;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;

/** {@code GET /plan}: the plan page of a share link. */
@Controller
class PlanController {

	/** Files the page does not preview: the diagram shows inline and the README is for the bundle. */
	private static final List<String> NOT_PREVIEWED = List.of(FileNames.TOPOLOGY, FileNames.README);

	private final QueryPlanner planner;

	private final Links links;

	private final PlanFiles files;

	private final PlanTextResponses text;

	private final PlanChecklist checklist;

	private final MessageSource messages;

	private final AnswerPanel panel;

	PlanController(QueryPlanner planner, Links links, PlanFiles files, PlanTextResponses text,
			PlanChecklist checklist, MessageSource messages) {
		this.text = text;
		this.checklist = checklist;
		this.planner = planner;
		this.links = links;
		this.files = files;
		this.messages = messages;
		this.panel = new AnswerPanel(new WhatIf(planner.releases()), messages);
	}

	@GetMapping("/plan")
	Object plan(HttpServletRequest request, HttpServletResponse response, Model model) {
		Plan plan = this.planner.plan(request.getQueryString());
		if (PlanTextResponses.wantsText(request)) {
			return this.text.plan(plan);
		}
		response.setHeader(HttpHeaders.VARY, PlanTextResponses.VARY);
		PlainWords words = new PlainWords(this.messages,
				Map.of(Side.A, plan.cluster(Side.A).name(), Side.B, plan.cluster(Side.B).name()));
		Map<String, String> parameters = plan.answers().toParameters();
		model.addAttribute("plan", plan);
		model.addAttribute("planUrl", this.links.plan(plan.answers()));
		model.addAttribute("shareUrl", this.links.absolute(this.links.plan(plan.answers())));
		model.addAttribute("apiUrl", this.links.api(plan.answers()));
		model.addAttribute("editUrl", this.links.wizard(WizardStep.NETWORK.path(), parameters));
		List<String> previews = this.files.names(plan)
			.stream()
			.filter((name) -> !NOT_PREVIEWED.contains(name))
			.toList();
		List<PlanFile> planFiles = this.files.find(plan, previews);
		List<FileView> views = planFiles.stream()
			.map((file) -> new FileView(file.urlName().replace('.', '-'), file.fileName(), file.text(),
					this.links.file(plan.answers(), file.urlName())))
			.toList();
		model.addAttribute("files", views);
		model.addAttribute("bundleUrl", this.links.file(plan.answers(), FileNames.BUNDLE));
		model.addAttribute("topology", SvgWriter.inline(TopologyBuilder.build(plan)));
		model.addAttribute("topologyUrl", this.links.file(plan.answers(), FileNames.TOPOLOGY));
		model.addAttribute("topologyViewUrl", this.links.file(plan.answers(), FileController.TOPOLOGY_VIEW));
		model.addAttribute("checklist", this.checklist.of(plan, views));
		model.addAttribute("missing", this.panel.missing(plan, words));
		model.addAttribute("answerSections", this.panel.sections(plan, words));
		model.addAttribute("asked", StaleAnswers.context(parameters));
		model.addAttribute("description", text("plan.description", plan.scenario().title(), plan.cluster(Side.A).name(),
				plan.cluster(Side.B).name(), plan.release()));
		return "plan";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** A generated file as the page shows it: a preview with copy and download. */
	public record FileView(String id, String fileName, String text, String downloadUrl) {

	}

}
