package dev.liqowizard.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.web.PlanController.FileView;
import dev.liqowizard.web.WizardPage.ChecklistStep;

/**
 * The plan as text for terminals (PRODUCT.md section 8), at the same share URL as the page:
 * {@code curl} and {@code wget}, or a client that accepts text/plain but not HTML, get it.
 */
@Component
class PlanTextResponses {

	static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	/** The headers that choose between the page and the text, for caches. */
	static final String VARY = "User-Agent, Accept";

	private final Links links;

	private final PlanFiles files;

	private final PlanChecklist checklist;

	PlanTextResponses(Links links, PlanFiles files, PlanChecklist checklist) {
		this.links = links;
		this.files = files;
		this.checklist = checklist;
	}

	/** Whether the client is a terminal that should read text rather than the page. */
	static boolean wantsText(HttpServletRequest request) {
		String agent = String.valueOf(request.getHeader(HttpHeaders.USER_AGENT)).toLowerCase(Locale.ROOT);
		if (agent.startsWith("curl/") || agent.startsWith("wget/")) {
			return true;
		}
		String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).toLowerCase(Locale.ROOT);
		return accept.contains("text/plain") && !accept.contains("text/html");
	}

	ResponseEntity<String> plan(Plan plan) {
		Map<String, String> downloads = new LinkedHashMap<>();
		List<FileView> views = new ArrayList<>();
		for (PlanFile file : this.files.find(plan, this.files.names(plan))) {
			if (!file.urlName().equals(FileNames.README)) {
				String url = this.links.absolute(this.links.file(plan.answers(), file.urlName()));
				downloads.put(file.fileName(), url);
				views.add(new FileView(file.urlName(), file.fileName(), file.text(), url));
			}
		}
		downloads.put("all of them (zip)", this.links.absolute(this.links.file(plan.answers(), FileNames.BUNDLE)));
		List<String> steps = this.checklist.of(plan, views).stream().map(ChecklistStep::text).toList();
		String text = PlanText.of(plan, steps, downloads, this.links.absolute(this.links.plan(plan.answers())),
				this.links.absolute(this.links.api(plan.answers())));
		return ResponseEntity.ok().contentType(TEXT).header(HttpHeaders.VARY, VARY).body(text);
	}

}
