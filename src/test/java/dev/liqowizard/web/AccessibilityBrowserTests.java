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
	private static final List<String> PAGES = List.of("/", "/wizard/cluster-a", "/wizard/cluster-b?a.location=cloud",
			"/wizard/network?a.location=onprem&b.location=cloud", "/wizard/details?" + NAT,
			"/wizard/cluster-b?a.name=Bad+Name&a.location=cloud", "/plan?" + NAT,
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
		Browser.open(browser, url("/"));
		tabTo((element) -> "Start".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("Cluster A");

		tabTo((element) -> "name".equals(element.getAttribute("id")));
		new Actions(browser).sendKeys("edge").perform();
		tabTo((element) -> "a.location".equals(element.getAttribute("name")));
		// Arrow keys move through a radio group and select as they go: cloud, onprem, onprem-nat.
		press(Keys.ARROW_DOWN);
		press(Keys.ARROW_DOWN);
		assertThat(active().getAttribute("value")).isEqualTo("onprem-nat");
		tabTo((element) -> "Continue".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("Cluster B");

		tabTo((element) -> "b.location".equals(element.getAttribute("name")));
		press(Keys.SPACE);
		assertThat(active().getAttribute("value")).isEqualTo("cloud");
		tabTo((element) -> "Continue".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("Network");

		tabTo((element) -> "network".equals(element.getAttribute("name")));
		press(Keys.SPACE);
		assertThat(active().getAttribute("value")).isEqualTo("internet");
		tabTo((element) -> "Show the plan".equals(element.getText()));
		press(Keys.ENTER);
		waitFor("On-premise behind NAT to cloud");
		// The newest release, v1.2.0, is preselected: edge only offloads, nobody reaches its API server.
		assertThat(browser.findElements(By.cssSelector("#exposure tbody tr td")).get(0).getText())
			.isEqualTo("Not reached by the peer");
	}

	private void tabTo(Predicate<WebElement> target) {
		for (int i = 0; i < 60; i++) {
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
