package dev.liqowizard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.plan.Plan;

/**
 * Downloads of a plan's files (PRODUCT.md section 6): the same parameters as the plan, the same
 * bytes for the same URL, and a file name built from validated answers only.
 */
@Controller
class FileController {

	/** The diagram to look at in a browser tab: the same bytes as {@code topology.svg}, shown inline. */
	static final String TOPOLOGY_VIEW = "topology-view.svg";

	private final QueryPlanner planner;

	private final PlanFiles files;

	FileController(QueryPlanner planner, PlanFiles files) {
		this.planner = planner;
		this.files = files;
	}

	@GetMapping({ "/plan/values-a.yaml", "/plan/values-b.yaml", "/plan/install-a.sh", "/plan/install-b.sh",
			"/plan/peer.sh", "/plan/topology.svg" })
	ResponseEntity<byte[]> file(HttpServletRequest request) {
		String urlName = request.getRequestURI().substring("/plan/".length());
		Plan plan = this.planner.plan(request.getQueryString());
		return download(this.files.find(plan, urlName)
			.orElseThrow(() -> new FileNotOfferedException(urlName, this.files.whyNoFile(plan, urlName))));
	}

	/**
	 * The diagram shown in the browser rather than saved. It carries its own dark-mode style, which
	 * the pages' policy ({@code style-src 'self'}) would block: this response alone gets a policy
	 * that allows inline styles and nothing else (no script, no fetch, no frame).
	 */
	@GetMapping("/plan/" + TOPOLOGY_VIEW)
	ResponseEntity<byte[]> topologyView(HttpServletRequest request, HttpServletResponse response) {
		Plan plan = this.planner.plan(request.getQueryString());
		PlanFile file = this.files.find(plan, FileNames.TOPOLOGY)
			.orElseThrow(() -> new FileNotOfferedException(TOPOLOGY_VIEW, this.files.whyNoFile(plan, FileNames.TOPOLOGY)));
		SecurityHeaders.allowOwnStyles(response);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	@GetMapping("/plan/bundle.zip")
	ResponseEntity<byte[]> bundle(HttpServletRequest request) {
		return download(this.files.bundle(this.planner.plan(request.getQueryString())));
	}

	static ResponseEntity<byte[]> download(PlanFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

}
