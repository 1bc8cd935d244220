package dev.liqowizard.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.diagram.SvgWriter;
import dev.liqowizard.diagram.TopologyBuilder;
import dev.liqowizard.plan.Plan;

/** {@code GET /plan}: the plan page of a share link. */
@Controller
class PlanController {

	/** Files the page does not preview: the diagram shows inline and the README is for the bundle. */
	private static final List<String> NOT_PREVIEWED = List.of(FileNames.TOPOLOGY, FileNames.README);

	private final QueryPlanner planner;

	private final Links links;

	private final PlanFiles files;

	private final PlanTextResponses text;

	PlanController(QueryPlanner planner, Links links, PlanFiles files, PlanTextResponses text) {
		this.text = text;
		this.planner = planner;
		this.links = links;
		this.files = files;
	}

	@GetMapping("/plan")
	Object plan(HttpServletRequest request, HttpServletResponse response, Model model) {
		Plan plan = this.planner.plan(request.getQueryString());
		if (PlanTextResponses.wantsText(request)) {
			return this.text.plan(plan);
		}
		response.setHeader(HttpHeaders.VARY, PlanTextResponses.VARY);
		model.addAttribute("plan", plan);
		model.addAttribute("shareUrl", this.links.absolute(this.links.plan(plan.answers())));
		model.addAttribute("apiUrl", this.links.api(plan.answers()));
		model.addAttribute("editUrl", this.links.wizard(WizardStep.CLUSTER_A.path(), plan.answers().toParameters()));
		model.addAttribute("detailsUrl", this.links.wizard(WizardStep.DETAILS.path(), plan.answers().toParameters()));
		List<String> previews = this.files.names(plan)
			.stream()
			.filter((name) -> !NOT_PREVIEWED.contains(name))
			.toList();
		model.addAttribute("files", this.files.find(plan, previews)
			.stream()
			.map((file) -> new FileView(file.urlName().replace('.', '-'), file.fileName(), file.text(),
					this.links.file(plan.answers(), file.urlName())))
			.toList());
		model.addAttribute("bundleUrl", this.links.file(plan.answers(), "bundle.zip"));
		model.addAttribute("topology", SvgWriter.inline(TopologyBuilder.build(plan)));
		model.addAttribute("topologyUrl", this.links.file(plan.answers(), "topology.svg"));
		return "plan";
	}

	/** A generated file as the page shows it: a preview with copy and download. */
	public record FileView(String id, String fileName, String text, String downloadUrl) {

	}

}
