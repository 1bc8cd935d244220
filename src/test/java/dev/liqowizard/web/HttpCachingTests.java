package dev.liqowizard.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP caching against the real server: Tomcat's compression decides what goes on the wire
 * (it leaves responses with a strong ETag uncompressed), which MockMvc would never show.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpCachingTests {

	private static final String QUERY = "?liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&a.address=203.0.113.10&b.name=azure&b.location=cloud&b.distribution=aks"
			+ "&b.address=azure.example.com";

	/** Every generated response and the media type it has; all but the zip are text. */
	private static final List<String[]> GENERATED = List.of(new String[] { "/plan" + QUERY, "text/html" },
			new String[] { "/api/plan" + QUERY, "application/json" },
			new String[] { "/plan/values-a.yaml" + QUERY, "application/yaml" },
			new String[] { "/plan/values-b.yaml" + QUERY, "application/yaml" },
			new String[] { "/plan/install-a.sh" + QUERY, "text/x-shellscript" },
			new String[] { "/plan/install-b.sh" + QUERY, "text/x-shellscript" },
			new String[] { "/plan/topology.svg" + QUERY, "image/svg+xml" },
			new String[] { "/plan/bundle.zip" + QUERY, "application/zip" });

	private static final String STRONG_TAG = "\"[0-9a-f]{32}(-gzip)?\"";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private StaticAssetCaching staticAssets;

	@Test
	void generatedResponsesHaveAStrongEtagAndAnswerIfNoneMatchWith304() throws Exception {
		for (String[] generated : GENERATED) {
			for (String encoding : List.of("identity", "gzip")) {
				String what = generated[0] + " " + encoding;
				HttpResponse<byte[]> first = get(generated[0], "Accept-Encoding", encoding);
				assertThat(first.statusCode()).as(what).isEqualTo(200);
				String tag = first.headers().firstValue("ETag").orElseThrow();
				assertThat(tag).as(what).matches(STRONG_TAG);
				assertThat(first.headers().firstValue("Cache-Control")).as(what).contains("no-cache");
				HttpResponse<byte[]> again = get(generated[0], "Accept-Encoding", encoding, "If-None-Match", tag);
				assertThat(again.statusCode()).as(what).isEqualTo(304);
				assertThat(again.body()).as(what).isEmpty();
				assertThat(again.headers().firstValue("ETag")).as(what).contains(tag);
				assertThat(again.headers().firstValue("Cache-Control")).as(what).contains("no-cache");
				assertThat(again.headers().firstValue("Content-Security-Policy")).as(what).isPresent();
				assertThat(get(generated[0], "Accept-Encoding", encoding, "If-None-Match", "\"other\", W/" + tag)
					.statusCode()).as(what + " weak comparison in a list").isEqualTo(304);
				assertThat(get(generated[0], "Accept-Encoding", encoding, "If-None-Match", "*").statusCode()).as(what)
					.isEqualTo(304);
				String other = "\"" + ((tag.charAt(1) == '0') ? '1' : '0') + tag.substring(2);
				assertThat(get(generated[0], "Accept-Encoding", encoding, "If-None-Match", other).statusCode())
					.as(what + " another tag").isEqualTo(200);
			}
		}
	}

	@Test
	void textResponsesAreCompressedAndEachRepresentationHasItsOwnStrongEtag() throws Exception {
		for (String[] generated : GENERATED) {
			boolean text = !generated[1].equals("application/zip");
			HttpResponse<byte[]> plain = get(generated[0], "Accept-Encoding", "identity");
			HttpResponse<byte[]> zipped = get(generated[0], "Accept-Encoding", "gzip, deflate");
			assertThat(zipped.headers().firstValue("Content-Type")).as(generated[0])
				.hasValueSatisfying((type) -> assertThat(type).startsWith(generated[1]));
			assertThat(plain.headers().firstValue("Content-Encoding")).as(generated[0]).isEmpty();
			if (!text) {
				assertThat(zipped.headers().firstValue("Content-Encoding")).as(generated[0]).isEmpty();
				assertThat(zipped.body()).isEqualTo(plain.body());
				assertThat(zipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
				continue;
			}
			assertThat(zipped.headers().firstValue("Content-Encoding")).as(generated[0]).contains("gzip");
			assertThat(zipped.headers().allValues("Vary")).as(generated[0]).contains("Accept-Encoding");
			assertThat(plain.headers().allValues("Vary")).as(generated[0]).contains("Accept-Encoding");
			assertThat(gunzip(zipped.body())).as(generated[0]).isEqualTo(plain.body());
			assertThat(zipped.body().length).as(generated[0]).isLessThan(plain.body().length);
			String plainTag = plain.headers().firstValue("ETag").orElseThrow();
			String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
			assertThat(zippedTag).as(generated[0]).isEqualTo(plainTag.replace("\"", "").transform((t) -> "\"" + t + "-gzip\""));
			// A tag names one representation: the identity one does not validate the gzip one.
			assertThat(get(generated[0], "Accept-Encoding", "gzip", "If-None-Match", plainTag).statusCode()).isEqualTo(200);
			assertThat(get(generated[0], "Accept-Encoding", "gzip;q=0", "If-None-Match", plainTag).statusCode())
				.as(generated[0] + " gzip refused with q=0").isEqualTo(304);
			assertThat(get(generated[0], "Accept-Encoding", "gzip", "If-None-Match", zippedTag).statusCode()).isEqualTo(304);
		}
	}

	@Test
	void sameUrlSameBytesSameEtagAndHeadAgreesWithGet() throws Exception {
		for (String[] generated : GENERATED) {
			HttpResponse<byte[]> one = get(generated[0], "Accept-Encoding", "gzip");
			HttpResponse<byte[]> two = get(generated[0], "Accept-Encoding", "gzip");
			assertThat(two.body()).as(generated[0]).isEqualTo(one.body());
			assertThat(two.headers().firstValue("ETag")).isEqualTo(one.headers().firstValue("ETag"));
			HttpResponse<byte[]> head = this.http.send(request(generated[0], "Accept-Encoding", "gzip")
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(head.statusCode()).isEqualTo(200);
			assertThat(head.headers().firstValue("ETag")).as(generated[0]).isEqualTo(one.headers().firstValue("ETag"));
			assertThat(head.headers().firstValue("Content-Length")).as(generated[0])
				.contains(String.valueOf(one.body().length));
		}
	}

	@Test
	void errorsAreNeverStoredNorTagged() throws Exception {
		for (String path : List.of("/plan?network=nowhere", "/api/plan?network=nowhere", "/plan/values-c.yaml" + QUERY,
				"/no-such-page", "/api/nothing", "/css/wizard-0123456789abcdef0123456789abcdef.css", "/error")) {
			HttpResponse<byte[]> response = get(path, "Accept-Encoding", "gzip");
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("no-store");
			assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

	@Test
	void staticAssetsAreImmutableOnlyUnderTheirContentHash() throws Exception {
		String home = new String(get("/").body());
		String css = home.replaceAll("(?s).*href=\"(/css/wizard-[0-9a-f]{32}\\.css)\".*", "$1");
		assertThat(css).startsWith("/css/wizard-");
		assertThat(cacheControl(css)).contains(StaticAssetCaching.IMMUTABLE);
		assertThat(cacheControl(css + ";v=1")).contains(StaticAssetCaching.IMMUTABLE);
		String fake = "-0123456789abcdef0123456789abcdef.css";
		for (String path : List.of("/css/wizard.css;" + fake, "/css/wizard.css;x" + fake, "/css/wizard.css;jsessionid=x" + fake,
				"/css/wizard.css?v" + fake, "/css/wizard.css")) {
			HttpResponse<byte[]> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("max-age=3600, public");
		}
		assertThat(get("/css/wizard" + fake).statusCode()).isEqualTo(404);
		assertThat(this.staticAssets.isContentHashed(css)).isTrue();
		assertThat(this.staticAssets.isContentHashed("/css/wizard" + fake)).isFalse();
		assertThat(this.staticAssets.isContentHashed("/css/nothing" + fake)).isFalse();
		assertThat(this.staticAssets.isContentHashed("/css/wizard.css")).isFalse();
	}

	private String cacheControl(String path) throws Exception {
		return get(path).headers().firstValue("Cache-Control").orElse("");
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		return this.http.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
