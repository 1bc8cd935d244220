package dev.liqowizard.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the real server, so that the container's own error dispatch is what is tested. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HeadersAndErrorsTests {

	private static final String PLAN = "/plan?network=internet&a.location=onprem-nat&b.location=cloud";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private Links links;

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", PLAN, "/api/plan?network=lan", "/plan/install-a.sh?network=lan"
				+ "&a.location=onprem&b.location=onprem", "/no-such-page", "/api/nothing", "/css/wizard.css")) {
			HttpResponse<String> response = get(path, "GET");
			String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
					"frame-ancestors 'none'");
			assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
			assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
					(value) -> assertThat(value).contains("camera=()"));
			assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		}
	}

	@Test
	void onlyGetAndHeadAreAllowed() throws Exception {
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
			HttpResponse<String> page = get(PLAN, method);
			assertThat(page.statusCode()).as(method).isEqualTo(405);
			assertThat(page.headers().firstValue("Allow")).contains("GET, HEAD");
			assertThat(page.body()).contains("Method not allowed").doesNotContain("Exception");
			HttpResponse<String> api = get("/api/plan", method);
			assertThat(api.statusCode()).isEqualTo(405);
			assertThat(api.body()).isEqualTo("{\"errors\":[{\"parameter\":\"method\",\"message\":\"Only GET and HEAD are "
					+ "allowed.\"}]}");
		}
		assertThat(get(PLAN, "HEAD").statusCode()).isEqualTo(200);
	}

	@Test
	void unknownPathsGetAPageOrJsonButNeverTheWhitelabel() throws Exception {
		HttpResponse<String> page = get("/no-such-page", "GET");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("Page not found").doesNotContain("Whitelabel").doesNotContain("Exception");
		HttpResponse<String> api = get("/api/nothing", "GET");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).startsWith("{\"errors\":[{\"parameter\":\"path\"");
		assertThat(get("/plan/values-c.yaml?network=lan", "GET").statusCode()).isEqualTo(404);
	}

	@Test
	void overLongQueriesAreRefusedNotCrashed() throws Exception {
		assertThat(get("/plan?a.name=" + "x".repeat(5000), "GET").statusCode()).isEqualTo(400);
		assertThat(get("/plan?a.name=" + "x".repeat(20000), "GET").statusCode()).isBetween(400, 431);
		assertThat(get("/api/plan?" + "a.name=x&".repeat(1000), "GET").statusCode()).isEqualTo(400);
	}

	@Test
	void hashedStaticAssetsAreCachedForeverAndCompressed() throws Exception {
		String home = get("/", "GET").body();
		String css = home.replaceAll("(?s).*href=\"(/css/wizard-[0-9a-f]{32}\\.css)\".*", "$1");
		assertThat(css).startsWith("/css/wizard-");
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(URI.create(url(css)))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Cache-Control")).contains("max-age=31536000, public, immutable");
		assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
		String bootstrap = home.replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+\\.css)\".*", "$1");
		assertThat(get(bootstrap, "GET").headers().firstValue("Cache-Control"))
			.contains("max-age=31536000, public, immutable");
		assertThat(get("/css/wizard.css", "GET").headers().firstValue("Cache-Control")).contains("max-age=3600, public");
	}

	@Test
	void pagesHaveNoInlineScriptOrStyle() throws Exception {
		for (String path : List.of("/", "/wizard/cluster-a", PLAN, "/plan?network=lan&a.location=cloud&b.location=x")) {
			String html = get(path, "GET").body();
			assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("style=")
				.doesNotContain("<style").doesNotContainPattern("\\son[a-z]+=");
		}
	}

	@Test
	void shareLinksUseTheConfiguredOriginNotTheHostHeader() {
		assertThat(this.links.absolute("/plan?x")).isEqualTo("http://localhost:8080/plan?x");
	}

	private HttpResponse<String> get(String path, String method) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
