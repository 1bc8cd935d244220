package dev.liqowizard.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** curl on a share URL reads the plan as text; browsers still get the page. Against the real server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanTextTests {

	private static final String NAT = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&a.address=203.0.113.10&b.name=azure&b.location=cloud&b.distribution=aks"
			+ "&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void curlOnAShareUrlReadsTheScenarioTableStepsDownloadsAndShareUrl() throws Exception {
		HttpResponse<String> response = get("/plan?" + NAT, "curl/8.5.0", "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("User-Agent"));
		String text = response.body();
		assertThat(text).startsWith("On-premise behind NAT to cloud\nLiqo v0.3.2, over the Internet\n")
			.contains("Cluster A (On-prem behind NAT): edge")
			.containsPattern("Auth Server +NodePort with port-forwarding +LoadBalancer/ingress")
			.contains("Port forwards on the NAT router in front of edge (203.0.113.10)")
			.contains("  TCP 443 -> the liqo-auth NodePort, on any node (Auth Server)")
			.contains(" 1. Get the files").contains(" 2. Run install-edge.sh").contains(" 3. On the router in front of edge (203.0.113.10)")
			.containsPattern("values-edge.yaml +http://localhost:8080/plan/values-a.yaml\\?")
			.containsPattern("all of them \\(zip\\) +http://localhost:8080/plan/bundle.zip\\?")
			.contains("Share this plan: http://localhost:8080/plan?" + NAT)
			.doesNotContain("<!DOCTYPE").doesNotContain("<html");
	}

	@Test
	void wgetAndAcceptTextPlainGetTextWhileBrowsersGetThePage() throws Exception {
		assertThat(get("/plan?" + NAT, "Wget/1.21.4", "*/*").body()).startsWith("On-premise behind NAT to cloud\n");
		assertThat(get("/plan?" + NAT, "Java", "text/plain").body()).startsWith("On-premise behind NAT to cloud\n");
		HttpResponse<String> browser = get("/plan?" + NAT, "Mozilla/5.0",
				"text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.7");
		assertThat(browser.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void refusedAnswersAreA400InTextThatNamesEachProblem() throws Exception {
		HttpResponse<String> response = get("/plan?liqo=v0.3.2&network=lan&a.location=cloud&b.location=onprem",
				"curl/8.5.0", "*/*");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).startsWith("These answers cannot be planned:\n  ").doesNotContain("<!DOCTYPE").doesNotContain("<html");
	}

	private HttpResponse<String> get(String path, String agent, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("User-Agent", agent)
			.header("Accept", accept)
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
