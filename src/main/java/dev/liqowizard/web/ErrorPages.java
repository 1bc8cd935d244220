package dev.liqowizard.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import dev.liqowizard.plan.Problem;

/**
 * Every error the container reports (404, 405, a too long request, a server error) as a page or,
 * under /api, as the API's error JSON. Never a stack trace, an exception name or the whitelabel page.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		// An error is about this one request: no cache may keep it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			// Tomcat's own 405 (TRACE) lists the servlet's methods; the wizard answers these two only.
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith("/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_JSON)
				.body(new ProblemAdvice.ErrorsJson(List.of(new Problem(subject(status), message(status)))));
		}
		String kind = switch (status) {
			case NOT_FOUND -> "404";
			case METHOD_NOT_ALLOWED -> "405";
			default -> status.is5xxServerError() ? "5xx" : "4xx";
		};
		return new ModelAndView("error/status", Map.of("kind", kind), status);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for directly, not dispatched by the container: there is no page at this address.
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String subject(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "path";
			case METHOD_NOT_ALLOWED -> "method";
			default -> status.is5xxServerError() ? "server" : "request";
		};
	}

	private static String message(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is no resource at this address; the API is GET /api/plan.";
			case METHOD_NOT_ALLOWED -> "Only GET and HEAD are allowed.";
			default -> status.is5xxServerError() ? "The wizard could not answer this request; please report the URL."
					: "The request could not be read (" + status.value() + ").";
		};
	}

}
