package dev.liqowizard.web;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.liqowizard.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core on every page type, light and dark; and the whole wizard with the keyboard alone. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	private static final String NAT = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&b.name=azure&b.location=cloud&b.distribution=aks";

	/** One URL per kind of page, errors included. */
	private static final List<String> PAGES = List.of("/", "/wizard/network", "/wizard/cluster-a?network=lan",
			"/wizard/cluster-a?network=lan&a.location=cloud",
			"/wizard/cluster-b?network=internet&a.location=onprem-nat&a.address=203.0.113.10&a.distribution=k3s"
					+ "&b.location=onprem-nat",
			"/wizard/details?" + NAT + "&a.address=203.0.113.10&b.address=x.example.com&b.podCidr=10.1.0.0/16"
					+ "&b.serviceCidr=10.2.0.0/16",
			"/wizard/cluster-b?network=internet&a.name=Bad+Name&a.location=cloud&a.natApiPort=70000",
			"/wizard/done?" + PlanPageScreenshotBrowserTests.COMPLETE_NAT.replace("b.location=cloud", "b.location=onprem")
					+ "&asked=v0.3.2+internet+onprem-nat+cloud",
			"/plan?" + NAT, "/plan?" + PlanPageScreenshotBrowserTests.COMPLETE_NAT,
			"/plan?network=lan&a.location=onprem&b.location=onprem", "/plan?network=lan&a.location=cloud&b.location=x",
			"/no-such-page");

	private static ChromeDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		browser = (ChromeDriver) Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.quit();
	}

	@Test
	void axeFindsNoViolationOnAnyPageInLightOrDarkMode() {
		for (String scheme : List.of("light", "dark")) {
			browser.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
			for (String page : PAGES) {
				Browser.open(browser, url(page));
				assertThat(browser.findElement(By.tagName("html")).getAttribute("data-bs-theme")).isEqualTo(scheme);
				Results results = new AxeBuilder().analyze(browser);
				assertThat(describe(results.getViolations())).as(scheme + " " + page).isEmpty();
			}
		}
	}

	@Test
	void theWholeWizardWorksWithTheKeyboardAloneAndFocusIsVisible() {
		Browser.open(browser, url("/?liqo=v0.3.2"));
		tabTo((element) -> "Plan your peering".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("Network");

		tabTo((element) -> "network".equals(element.getAttribute("name")));
		press(Keys.SPACE);
		assertThat(active().getAttribute("value")).isEqualTo("internet");
		tabTo((element) -> "Continue".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("Cluster A");

		tabTo((element) -> "name".equals(element.getAttribute("id")));
		new Actions(browser).sendKeys("edge").perform();
		tabTo((element) -> "a.location".equals(element.getAttribute("name")));
		// Arrow keys move through a radio group and select as they go: cloud, onprem, onprem-nat.
		press(Keys.ARROW_DOWN);
		press(Keys.ARROW_DOWN);
		assertThat(active().getAttribute("value")).isEqualTo("onprem-nat");
		type("field-a-address", "203.0.113.10");
		type("field-a-podCidr", "10.42.0.0/16");
		type("field-a-serviceCidr", "10.43.0.0/16");
		tabTo((element) -> "Continue".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("Cluster B");

		tabTo((element) -> "b.location".equals(element.getAttribute("name")));
		press(Keys.SPACE);
		assertThat(active().getAttribute("value")).isEqualTo("cloud");
		type("field-b-address", "azure-1a2b.hcp.westeurope.azmk8s.io");
		type("field-b-podCidr", "10.244.0.0/16");
		type("field-b-serviceCidr", "10.0.0.0/16");
		tabTo((element) -> "Continue".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("Options");

		tabTo((element) -> "Show the plan".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("On-premise behind NAT to cloud");
		assertThat(browser.findElements(By.cssSelector("#exposure tbody tr td")).get(0).getText())
			.isEqualTo("NodePort with port-forwarding");
		assertThat(browser.findElements(By.id("missing"))).isEmpty();
	}

	private void type(String id, String text) {
		tabTo((element) -> id.equals(element.getAttribute("id")));
		new Actions(browser).sendKeys(text).perform();
	}

	private void tabTo(Predicate<WebElement> target) {
		for (int i = 0; i < 80; i++) {
			press(Keys.TAB);
			WebElement active = active();
			String outline = (String) ((JavascriptExecutor) browser)
				.executeScript("var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;",
						active);
			assertThat(outline).as("focus outline of " + active.getTagName() + " " + active.getAttribute("id"))
				.doesNotStartWith("none")
				.doesNotEndWith(" 0px");
			if (target.test(active)) {
				return;
			}
		}
		throw new AssertionError("the keyboard never reached the element; at " + active().getTagName());
	}

	private WebElement active() {
		return browser.switchTo().activeElement();
	}

	private void press(CharSequence key) {
		new Actions(browser).sendKeys(key).perform();
	}

	private void waitFor(String heading) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until((driver) -> heading.equals(driver.findElement(By.tagName("h1")).getText()));
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
