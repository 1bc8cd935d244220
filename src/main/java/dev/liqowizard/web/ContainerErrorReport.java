package dev.liqowizard.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import dev.liqowizard.plan.Problem;

/**
 * The responses Tomcat writes without asking the application: a request line or header it refuses
 * (a raw {@code <} or {@code {} in the query, a NUL in the path, headers over 8 KB) never reaches
 * the filters, so Tomcat's own HTML page would go out with none of the security headers. This valve
 * replaces Tomcat's error report: the same security headers as every other response, nothing
 * cached, and a short plain text (JSON under /api) instead of Tomcat's page. Installed by
 * {@link TomcatHardening}.
 */
class ContainerErrorReport extends ErrorReportValve {

	private final JsonMapper json;

	ContainerErrorReport(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// Pages the application wrote (ErrorPages) stay as they are.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.resetBuffer();
			if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
				// Tomcat's answer to CONNECT; the application answers 405 to every method but GET and HEAD.
				status = HttpStatus.METHOD_NOT_ALLOWED.value();
				response.setStatus(status);
				response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
			}
			// A reset on the way may have removed them.
			SecurityHeaders.addTo(response::setHeader);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			String message = message(status);
			String body;
			if (isApi(request)) {
				response.setContentType("application/json");
				body = this.json.writeValueAsString(new ProblemAdvice.ErrorsJson(List.of(new Problem("request", message))));
			}
			else {
				response.setContentType("text/plain");
				body = message + "\n";
			}
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | RuntimeException ex) {
			// The client is gone or the response cannot be written: nothing more to tell it.
		}
	}

	private static boolean isApi(Request request) {
		String uri = request.getRequestURI();
		return uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
	}

	static String message(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String reason = (known != null) ? known.getReasonPhrase() : "Error";
		if (status == HttpStatus.BAD_REQUEST.value()) {
			return status + " " + reason + ": the request could not be read. Percent-encode characters such as "
					+ "< > { } | \\ ^ ` and spaces in the address, and keep the request headers under 8 KB.";
		}
		if (status >= 500) {
			return status + " " + reason + ": the wizard could not answer this request; please report the URL.";
		}
		return status + " " + reason + ": the request could not be answered.";
	}

}
