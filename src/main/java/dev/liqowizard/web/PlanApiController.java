package dev.liqowizard.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.liqowizard.plan.Plan;

/** {@code GET /api/plan}: the plan as JSON. */
@RestController
class PlanApiController {

	private final QueryPlanner planner;

	private final Links links;

	PlanApiController(QueryPlanner planner, Links links) {
		this.planner = planner;
		this.links = links;
	}

	@GetMapping(path = "/api", produces = "application/json")
	ApiDescription description() {
		return ApiDescription.of(this.planner.releases());
	}

	@GetMapping(path = "/api/plan", produces = "application/json")
	PlanJson plan(HttpServletRequest request) {
		Plan plan = this.planner.plan(request.getQueryString());
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", this.links.plan(plan.answers()));
		links.put("api", this.links.api(plan.answers()));
		return PlanJson.of(plan, links);
	}

}
