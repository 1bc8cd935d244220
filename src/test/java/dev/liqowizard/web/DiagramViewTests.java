package dev.liqowizard.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram to look at in a tab ({@code /plan/topology-view.svg}): the download's bytes, shown
 * inline, with a policy that lets its own style apply; the one response with that policy.
 * Against the real server, so that the security and caching filters are those of production.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DiagramViewTests {

	private static final String NAT = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&a.address=203.0.113.10&b.name=azure&b.location=cloud&b.distribution=aks";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void theViewIsTheDownloadShownInlineWithItsOwnDarkStyleAllowed() throws Exception {
		HttpResponse<String> download = get("/plan/topology.svg?" + NAT);
		// Twice: the second answer comes from the response cache and must keep the policy.
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> view = get("/plan/topology-view.svg?" + NAT);
			assertThat(view.statusCode()).isEqualTo(200);
			assertThat(view.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
			assertThat(view.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"topology-edge-azure.svg\"");
			assertThat(view.headers().allValues("Content-Security-Policy"))
				.containsExactly("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
						+ "frame-ancestors 'none'");
			assertThat(view.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(view.headers().firstValue("ETag")).isPresent();
			assertThat(view.body()).isEqualTo(download.body());
			assertThat(view.body()).contains("<style").contains("@media (prefers-color-scheme: dark)")
				.doesNotContain("<script").doesNotContain("href=");
		}
		assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"topology-edge-azure.svg\"");
		assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
	}

	@Test
	void everythingElseKeepsTheStrictPolicyErrorsOfTheViewIncluded() throws Exception {
		for (String path : List.of("/plan?" + NAT, "/plan/topology.svg?" + NAT, "/plan/topology-view.svg?" + NAT + "&x=1",
				"/plan/topology-view.svg?network=lan&a.location=cloud&b.location=x", "/plan/topology-view.svg",
				"/plan/topology-view.svgz?" + NAT, "/api/plan?" + NAT)) {
			HttpResponse<String> response = get(path);
			assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
				.containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
			if (path.contains("topology-view")) {
				assertThat(response.statusCode()).as(path).isBetween(400, 404);
				assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			}
		}
	}

	@Test
	void thePlanPageLinksTheViewNextToTheDownload() throws Exception {
		Element caption = Jsoup.parse(get("/plan?" + NAT).body()).selectFirst("#diagram figcaption");
		assertThat(caption.getElementById("topology-link").attr("href")).isEqualTo("/plan/topology.svg?" + NAT);
		Element view = caption.getElementById("topology-view-link");
		assertThat(view.text()).isEqualTo("Open the diagram in a new tab");
		assertThat(view.attr("href")).isEqualTo("/plan/topology-view.svg?" + NAT);
		assertThat(view.attr("target")).isEqualTo("_blank");
		assertThat(view.hasAttr("download")).isFalse();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("User-Agent", "Mozilla/5.0")
			.header("Accept", "text/html,image/svg+xml,*/*")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
