package dev.liqowizard.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.plan.Plan;

/**
 * Downloads of a plan's files (PRODUCT.md section 6): the same parameters as the plan, the same
 * bytes for the same URL, and a file name built from validated answers only.
 */
@Controller
class FileController {

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
