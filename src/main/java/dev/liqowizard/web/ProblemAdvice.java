package dev.liqowizard.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Side;

/**
 * Turns refused answers into a 400: a page that says each problem in words with a link to the
 * wizard step that asks it, or JSON (with parameter names) under /api.
 */
@ControllerAdvice
class ProblemAdvice {

	private final Links links;

	private final MessageSource messages;

	ProblemAdvice(Links links, MessageSource messages) {
		this.links = links;
		this.messages = messages;
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
		Map<String, String> answers = WizardController.Form.readLeniently(request.getQueryString()).values();
		PlainWords words = new PlainWords(this.messages, Map.of(Side.A, name(answers, Side.A), Side.B, name(answers, Side.B)));
		ModelAndView page = new ModelAndView("error/answers", HttpStatus.BAD_REQUEST);
		page.addObject("problems", ex.problems().stream().map((problem) -> said(problem, words)).toList());
		WizardStep step = ex.problems().stream()
			.map(Problem::parameter)
			.map(WizardStep::owner)
			.flatMap(Optional::stream)
			.min(Enum::compareTo)
			.orElse(WizardStep.NETWORK);
		page.addObject("wizardUrl", this.links.wizard(step.path(), answers));
		page.addObject("description", this.messages.getMessage("error.answers.lead", null, Locale.ENGLISH));
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

	/** A problem in words; a name outside the contract is the user's own text, said as such. */
	private ProblemText said(Problem problem, PlainWords words) {
		if (problem.parameter().equals(Problem.QUERY)) {
			return new ProblemText(problem.parameter(), text("error.query"), problem.message());
		}
		if (!Parameters.isKnown(problem.parameter())) {
			return new ProblemText(problem.parameter(), text("error.unknown", problem.parameter()),
					text("error.unknown.message"));
		}
		return new ProblemText(problem.parameter(), words.title(problem.parameter()), words.message(problem.message()));
	}

	private static String name(Map<String, String> answers, Side side) {
		String name = answers.get(ClusterField.NAME.parameter(side));
		return (name != null && name.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) ? name
				: ClusterAnswers.defaultName(side);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** A problem as the error page says it: the parameter stays in a data attribute for scripts. */
	public record ProblemText(String parameter, String label, String message) {

	}

	/** {@code {"errors":[{"parameter":"a.location","message":"..."}]}} */
	record ErrorsJson(List<Problem> errors) {

	}

}
