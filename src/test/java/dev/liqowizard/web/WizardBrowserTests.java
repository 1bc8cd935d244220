package dev.liqowizard.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.liqowizard.support.Browser;
import dev.liqowizard.support.SeedTables;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the wizard in headless Chromium the way a user does: clicking labels and buttons. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WizardBrowserTests {

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.quit();
	}

	/** Seed section, then the answers a user clicks: location A, location B, network. */
	private static final Map<String, List<String>> CLICKS = Map.of("Cloud to cloud",
			List.of("cloud", "cloud", "internet"), "On-premise to cloud", List.of("onprem", "cloud", "internet"),
			"On-premise to on-premise", List.of("onprem", "onprem", "lan"), "On-premise behind NAT to cloud",
			List.of("onprem-nat", "cloud", "internet"));

	@Test
	void clickingThroughEachSeedScenarioShowsItsSeedTable() {
		for (Map.Entry<String, SeedTables.Table> seed : SeedTables.read().entrySet()) {
			List<String> clicks = CLICKS.get(seed.getKey());
			Browser.open(browser, url("/"));
			Browser.clickAndWait(browser, By.linkText("Start"));

			assertThat(browser.findElement(By.cssSelector(".wizard-progress p")).getText()).isEqualTo("Step 1 of 3");
			browser.findElement(By.id("location-" + clicks.get(0))).click();
			Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));

			assertThat(browser.findElement(By.cssSelector(".wizard-progress p")).getText()).isEqualTo("Step 2 of 3");
			browser.findElement(By.id("location-" + clicks.get(1))).click();
			Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));

			assertThat(browser.findElement(By.cssSelector(".wizard-progress p")).getText()).isEqualTo("Step 3 of 3");
			// The seed tables describe v0.3.2; the wizard preselects the newest release.
			browser.findElement(By.id("liqo-v0.3.2")).click();
			browser.findElement(By.id("network-" + clicks.get(2))).click();
			Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Show the plan']"));

			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(seed.getKey());
			assertThat(header()).isEqualTo(seed.getValue().header());
			assertThat(rows()).as(seed.getKey()).isEqualTo(seed.getValue().rows());
			assertThat(browser.getCurrentUrl()).startsWith(url("/plan?liqo=v0.3.2&network=" + clicks.get(2)));
		}
	}

	@Test
	void backKeepsTheAnswersAndOnlyMatchingDistributionsShow() {
		Browser.open(browser, url("/wizard/cluster-a"));
		browser.findElement(By.id("name")).sendKeys("edge");
		browser.findElement(By.cssSelector("label[for=location-onprem-nat]")).click();
		assertThat(browser.findElement(By.cssSelector("[data-locations=cloud]")).isDisplayed()).isFalse();
		browser.findElement(By.cssSelector("label[for=distribution-k3s]")).click();
		Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));
		Browser.clickAndWait(browser, By.linkText("Back"));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("edge");
		assertThat(browser.findElement(By.id("location-onprem-nat")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("distribution-k3s")).isSelected()).isTrue();
	}

	@Test
	void aShareLinkOpensTheSamePlanDirectly() {
		String share = "/plan?liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat&a.distribution=k3s"
				+ "&b.name=azure&b.location=cloud&b.distribution=aks";
		Browser.open(browser, url(share));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("On-premise behind NAT to cloud");
		assertThat(rows().get(0)).containsExactly("Auth Server", "NodePort with port-forwarding", "LoadBalancer/ingress");
		assertThat(browser.findElement(By.id("share-url")).getAttribute("value")).endsWith(share);
		assertThat(browser.findElement(By.cssSelector("[data-copy-target=share-url]")).isDisplayed()).isTrue();
		Browser.clickAndWait(browser, By.linkText("Edit answers"));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("edge");
	}

	private List<String> header() {
		return browser.findElements(By.cssSelector("#exposure thead tr > *"))
			.stream()
			.map((cell) -> cell.findElements(By.className("column-title")).isEmpty() ? cell.getText()
					: cell.findElement(By.className("column-title")).getText())
			.toList();
	}

	private List<List<String>> rows() {
		return browser.findElements(By.cssSelector("#exposure tbody tr"))
			.stream()
			.map((row) -> row.findElements(By.xpath("./*")).stream().map(WebElement::getText).toList())
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
