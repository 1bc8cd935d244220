package dev.liqowizard.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan page's budget (issue 11): with everything it loads, under 60 KB on the wire on a first
 * visit, and under 12 KB on a repeat visit, when the page answers 304 and the assets come from the
 * browser's cache. Bodies as gzip, as browsers ask; headers are not counted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageWeightTests {

	private static final String PLAN = "/plan?liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&a.address=203.0.113.10&b.name=azure&b.location=cloud&b.distribution=aks"
			+ "&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16";

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars|favicon)[^\"?#]*)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void thePlanPageWithEverythingItLoadsStaysWithinItsBudget() throws Exception {
		HttpResponse<byte[]> page = get(PLAN, null);
		assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
		String html = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		Set<String> assets = new LinkedHashSet<>();
		Matcher matcher = ASSET.matcher(html);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).anyMatch((asset) -> asset.endsWith(".css")).anyMatch((asset) -> asset.endsWith(".js"));
		long first = page.body().length;
		long repeat = 0;
		for (String asset : assets) {
			HttpResponse<byte[]> response = get(asset, null);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			first += response.body().length;
			String cache = response.headers().firstValue("Cache-Control").orElse("");
			if (!cache.contains("immutable") && !cache.matches(".*max-age=[1-9].*")) {
				repeat += response.body().length;
			}
		}
		HttpResponse<byte[]> again = get(PLAN, page.headers().firstValue("ETag").orElseThrow());
		assertThat(again.statusCode()).isEqualTo(304);
		repeat += again.body().length;
		assertThat(first).as("first visit, bytes").isLessThan(60_000);
		assertThat(repeat).as("repeat visit, bytes").isLessThan(12_000);
	}

	private HttpResponse<byte[]> get(String path, String etag) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", "gzip");
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
