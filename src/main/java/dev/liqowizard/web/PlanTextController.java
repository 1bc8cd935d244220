package dev.liqowizard.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.plan.Plan;

/**
 * {@code GET /plan.txt}: the plan as text. {@link TerminalClients} sends {@code curl} and
 * {@code wget} (and {@code Accept: text/plain}) here when they open a share URL.
 */
@Controller
class PlanTextController {

	static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private final QueryPlanner planner;

	private final Links links;

	private final PlanFiles files;

	PlanTextController(QueryPlanner planner, Links links, PlanFiles files) {
		this.planner = planner;
		this.links = links;
		this.files = files;
	}

	@GetMapping(TerminalClients.TEXT_PATH)
	ResponseEntity<String> plan(HttpServletRequest request) {
		Plan plan = this.planner.plan(request.getQueryString());
		Map<String, String> downloads = new LinkedHashMap<>();
		for (PlanFile file : this.files.find(plan, this.files.names(plan))) {
			if (!file.urlName().equals(FileNames.README)) {
				downloads.put(file.fileName(), this.links.absolute(this.links.file(plan.answers(), file.urlName())));
			}
		}
		downloads.put("all of them (zip)", this.links.absolute(this.links.file(plan.answers(), FileNames.BUNDLE)));
		String text = PlanText.of(plan, downloads, this.links.absolute(this.links.plan(plan.answers())),
				this.links.absolute(this.links.api(plan.answers())));
		return ResponseEntity.ok().contentType(TEXT).body(text);
	}

}
