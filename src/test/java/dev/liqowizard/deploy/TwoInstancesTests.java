package dev.liqowizard.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.liqowizard.WizardApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replicas share nothing: two instances started apart answer the same share URL with the
 * same bytes and the same ETag, so a load balancer may send each request to either, and a
 * revalidation (If-None-Match) to the other one still gets its 304.
 */
class TwoInstancesTests {

	private static final String QUERY = "?liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&a.address=203.0.113.10&b.name=azure&b.location=cloud&b.distribution=aks"
			+ "&b.address=azure.example.com";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void twoInstancesAnswerTheSameShareUrlWithTheSameBytesAndEtag() throws Exception {
		try (ConfigurableApplicationContext one = start(); ConfigurableApplicationContext two = start()) {
			int portOne = port(one);
			int portTwo = port(two);
			assertThat(portOne).isNotEqualTo(portTwo);
			for (String path : List.of("/plan" + QUERY, "/api/plan" + QUERY, "/plan/install-a.sh" + QUERY,
					"/plan/topology.svg" + QUERY, "/plan/bundle.zip" + QUERY)) {
				for (String encoding : List.of("identity", "gzip")) {
					HttpResponse<byte[]> first = get(portOne, path, encoding, null);
					HttpResponse<byte[]> second = get(portTwo, path, encoding, null);
					assertThat(first.statusCode()).as(path).isEqualTo(200);
					assertThat(second.body()).as(path + " " + encoding).isEqualTo(first.body());
					String tag = first.headers().firstValue("ETag").orElseThrow();
					assertThat(second.headers().firstValue("ETag")).as(path + " " + encoding).contains(tag);
					assertThat(get(portTwo, path, encoding, tag).statusCode()).as(path + " " + encoding).isEqualTo(304);
				}
			}
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(WizardApplication.class).run("--server.port=0",
				"--wizard.public-url=https://wizard.example.org", "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	private HttpResponse<byte[]> get(int port, String path, String encoding, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", encoding);
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
