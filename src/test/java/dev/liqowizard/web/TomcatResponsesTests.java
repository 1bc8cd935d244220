package dev.liqowizard.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.liqowizard.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat answers before any filter runs, over a raw socket: MockMvc never reaches Tomcat, and
 * an HTTP client would not send these requests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TomcatResponsesTests {

	private static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy",
			SecurityHeaders.CONTENT_SECURITY_POLICY, "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer",
			"Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY, "X-Frame-Options", "DENY",
			"Cross-Origin-Opener-Policy", "same-origin", "Cross-Origin-Resource-Policy", "same-origin");

	@LocalServerPort
	private int port;

	@Test
	void requestsTomcatRefusesGetAPlainBadRequestWithTheSecurityHeaders() throws Exception {
		Map<String, String[]> refused = new LinkedHashMap<>();
		refused.put("raw < in the query", get("/plan?a.name=<script>"));
		refused.put("raw { in the query", get("/api/plan?a.name={x}"));
		refused.put("raw | in the query", get("/plan?a.name=a|b"));
		refused.put("NUL in the path", get("/plan%00"));
		refused.put("encoded dot segment above the root", get("/%2e%2e/etc/passwd"));
		refused.put("a header over 8 KB", new String[] { "GET /plan HTTP/1.1", "Host: localhost", "X-Big: " + "x".repeat(9000),
				"Connection: close" });
		refused.put("no Host header", new String[] { "GET /plan HTTP/1.1", "Connection: close" });
		refused.put("two Host headers", new String[] { "GET /plan HTTP/1.1", "Host: a", "Host: b", "Connection: close" });
		for (Map.Entry<String, String[]> request : refused.entrySet()) {
			RawHttp.Response response = RawHttp.send(this.port, request.getValue());
			assertThat(response.status()).as(request.getKey()).isEqualTo(400);
			assertSecurityHeaders(request.getKey(), response);
			assertThat(response.header("Cache-Control")).as(request.getKey()).contains("no-store");
			assertThat(response.header("Content-Type")).as(request.getKey()).contains("text/plain;charset=UTF-8");
			assertThat(response.body()).as(request.getKey())
				.startsWith("400 Bad Request: the request could not be read. Percent-encode characters such as < > { }")
				.doesNotContain("Tomcat")
				.doesNotContain("<style")
				.doesNotContain("HTTP Status");
		}
	}

	@Test
	void everyAnswerTomcatGivesByItselfHasTheSecurityHeadersAndNoServerError() throws Exception {
		Map<String, String[]> requests = new LinkedHashMap<>();
		requests.put("OPTIONS *", new String[] { "OPTIONS * HTTP/1.1", "Host: localhost", "Connection: close" });
		requests.put("CONNECT", new String[] { "CONNECT localhost:80 HTTP/1.1", "Host: localhost", "Connection: close" });
		requests.put("TRACE", new String[] { "TRACE /plan HTTP/1.1", "Host: localhost", "Connection: close" });
		requests.put("HTTP/1.0", new String[] { "GET / HTTP/1.0" });
		requests.put("GET /error", get("/error"));
		requests.put("unknown method", new String[] { "BREW /plan HTTP/1.1", "Host: localhost", "Connection: close" });
		for (Map.Entry<String, String[]> request : requests.entrySet()) {
			RawHttp.Response response = RawHttp.send(this.port, request.getValue());
			assertThat(response.status()).as(request.getKey()).isLessThan(500);
			assertSecurityHeaders(request.getKey(), response);
			assertThat(response.body()).as(request.getKey()).doesNotContain("Tomcat").doesNotContain("HTTP Status");
		}
	}

	@Test
	void methodsTomcatRefusesItselfAre405WithGetAndHeadAllowed() throws Exception {
		for (String method : new String[] { "CONNECT localhost:80", "TRACE /plan" }) {
			RawHttp.Response response = RawHttp.send(this.port, method + " HTTP/1.1", "Host: localhost", "Connection: close");
			assertThat(response.status()).as(method).isEqualTo(405);
			assertThat(response.header("Allow")).as(method).contains("GET, HEAD");
			assertThat(response.header("Cache-Control")).as(method).contains("no-store");
		}
	}

	@Test
	void errorAskedForDirectlyIsAPageNotFound() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, get("/error"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.header("Cache-Control")).contains("no-store");
		assertThat(RawHttp.send(this.port, "HEAD /error HTTP/1.1", "Host: localhost", "Connection: close").status())
			.isEqualTo(404);
	}

	@Test
	void refusedApiRequestsTomcatCanStillMapAnswerInJson() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, get("/api/plan%00"));
		assertThat(response.status()).isEqualTo(400);
		assertSecurityHeaders("/api/plan%00", response);
		assertThat(response.header("Content-Type")).contains("application/json;charset=UTF-8");
		assertThat(response.body()).startsWith("{\"errors\":[{\"parameter\":\"request\",\"message\":\"400 Bad Request:");
	}

	private static String[] get(String target) {
		return new String[] { "GET " + target + " HTTP/1.1", "Host: localhost", "Connection: close" };
	}

	private static void assertSecurityHeaders(String request, RawHttp.Response response) {
		SECURITY_HEADERS.forEach((name, value) -> {
			assertThat(response.header(name)).as(request + ": " + name).contains(value);
			assertThat(response.count(name)).as(request + ": " + name + " once").isEqualTo(1);
		});
	}

}
