package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.liqowizard.support.RawQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People see words, not parameters: no page a user reads (start, every step with and without
 * errors, refusals, stale answers, plans, error pages) shows a parameter name such as
 * {@code a.address} or {@code network=routed}. URLs may carry them, so links are not read; the
 * previews of generated files are the writers' text and are left to their own tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlainWordsPageTests {

	private static final Pattern PARAMETER = Pattern.compile("(?<![\\w.-])(?:[ab]\\.(?:name|location|distribution|address"
			+ "|auth|ingressHost|ingressClass|lb|podCidr|serviceCidr|natAuthPort|natApiPort|natGatewayPort)\\b"
			+ "|(?:network|liqo|peering)=)");

	private static final Pattern URL = Pattern.compile("https?://\\S+|/plan\\?\\S+");

	private static final String NAT = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat&a.distribution=k3s";

	private static final String COMPLETE = PlanPageScreenshotBrowserTests.COMPLETE_NAT;

	private static final List<String> PAGES = List.of("/", "/wizard/network", "/wizard/network?liqo=v0.3.2&network=x",
			"/wizard/cluster-a?liqo=v0.3.2&network=lan&a.location=cloud",
			"/wizard/cluster-b?liqo=v0.3.2&network=internet&a.location=onprem-nat",
			"/wizard/cluster-b?liqo=v0.3.2&network=internet&a.name=Bad+Name&a.location=onprem-nat"
					+ "&a.address=https://x.example.com:8443&a.natApiPort=70000&a.podCidr=10.0.0.0/33",
			"/wizard/details?" + NAT + "&a.address=203.0.113.10&b.location=onprem-nat",
			"/wizard/details?" + COMPLETE + "&b.auth=ingress", "/wizard/done?" + COMPLETE + "&b.auth=nodeport",
			"/wizard/done?" + COMPLETE.replace("b.location=cloud&b.distribution=aks", "b.location=onprem")
					+ "&asked=v0.3.2+internet+onprem-nat+cloud&a.lb=yes&utm_source=x",
			"/wizard/done?" + COMPLETE + "&b.ingressHost=auth.example.com",
			"/plan?" + COMPLETE, "/plan?" + NAT + "&b.location=cloud",
			"/plan?liqo=v0.3.2&network=lan&a.location=onprem&b.location=onprem",
			"/plan?network=lan&a.location=cloud&b.location=onprem", "/plan?network=internet&a.location=onprem-nat"
					+ "&b.location=onprem-nat&a.auth=ingress&b.lb=maybe&x=1",
			"/plan?network=internet&a.location=cloud&b.location=cloud&a.natApiPort=1&b.ingressHost=x.example.com",
			"/plan/peer.sh?" + COMPLETE, "/no-such-page");

	@Autowired
	private MockMvc mvc;

	@Test
	void noPageShowsAParameterNameToPeople() throws Exception {
		List<String> found = new ArrayList<>();
		for (String url : PAGES) {
			MvcResult result = this.mvc.perform(RawQuery.get(url)).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isLessThan(500);
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			// File previews are the release's files, checked where they are written (see the report of issue 10).
			page.select("script, style, svg, .file-text").remove();
			String text = URL.matcher(page.body().wholeText()).replaceAll(" ");
			text += " " + page.title();
			Matcher matcher = PARAMETER.matcher(text);
			while (matcher.find()) {
				int from = Math.max(0, matcher.start() - 60);
				found.add(url + ": …" + text.substring(from, Math.min(text.length(), matcher.end() + 40)).replaceAll("\\s+", " "));
			}
		}
		assertThat(found).isEmpty();
	}

}
