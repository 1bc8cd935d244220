package dev.liqowizard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Problem;

/** Turns refused answers into a 400: a page that names each problem, or JSON under /api. */
@ControllerAdvice
class ProblemAdvice {

	private final Links links;

	ProblemAdvice(Links links) {
		this.links = links;
	}

	@ExceptionHandler(InvalidAnswersException.class)
	Object invalidAnswers(InvalidAnswersException ex, HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ErrorsJson(ex.problems()));
		}
		if (request.getRequestURI().equals("/plan") && PlanTextResponses.wantsText(request)) {
			return ResponseEntity.badRequest()
				.contentType(PlanTextResponses.TEXT)
				.header(HttpHeaders.VARY, PlanTextResponses.VARY)
				.body(PlanText.problems(ex.problems()));
		}
		ModelAndView page = new ModelAndView("error/answers", HttpStatus.BAD_REQUEST);
		page.addObject("problems", ex.problems());
		page.addObject("wizardUrl", this.links.wizard(WizardStep.CLUSTER_A.path(), knownAnswers(request)));
		return page;
	}

	@ExceptionHandler(FileNotOfferedException.class)
	ModelAndView fileNotOffered(FileNotOfferedException ex) {
		ModelAndView page = new ModelAndView("error/status", HttpStatus.NOT_FOUND);
		page.addObject("kind", "404");
		page.addObject("file", ex.urlName());
		ex.reason().ifPresent((reason) -> page.addObject("reason", reason));
		return page;
	}

	/** The contract parameters of the request, once each, for a wizard that shows what to fix. */
	private static Map<String, String> knownAnswers(HttpServletRequest request) {
		Map<String, String> answers = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, String> pair : QueryString.parse(request.getQueryString())) {
				if (Parameters.isKnown(pair.getKey())) {
					answers.putIfAbsent(pair.getKey(), pair.getValue());
				}
			}
		}
		catch (InvalidAnswersException ex) {
			// A malformed query string: start the wizard afresh.
			answers.clear();
		}
		return answers;
	}

	/** {@code {"errors":[{"parameter":"a.location","message":"..."}]}} */
	record ErrorsJson(List<Problem> errors) {

	}

}
