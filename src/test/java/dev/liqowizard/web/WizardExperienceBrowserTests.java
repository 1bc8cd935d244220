package dev.liqowizard.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.liqowizard.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees of issue 10, in Chromium: no dead end, the plan's checklist and actions in the
 * first screen, no sideways scrolling on a phone, the examples one click away, and a plan that
 * follows a changed answer without a reload.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WizardExperienceBrowserTests {

	private static final String COMPLETE = PlanPageScreenshotBrowserTests.COMPLETE_NAT;

	private static ChromeDriver browser;

	private static ChromeDriver phone;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowsers() {
		browser = (ChromeDriver) Browser.start(1280, 900);
		// The window's inner size is what the first screen is: 1280 x 900.
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		phone = (ChromeDriver) Browser.start(500, 900);
		phone.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterAll
	static void stopBrowsers() {
		browser.quit();
		phone.quit();
	}

	@Test
	void aWrongValueComesBackInItsFieldWithTheErrorBesideIt() {
		Browser.open(browser, url("/wizard/cluster-a?liqo=v0.3.2&network=internet"));
		browser.findElement(By.cssSelector("label[for=location-onprem-nat]")).click();
		browser.findElement(By.cssSelector("label[for=distribution-k3s]")).click();
		browser.findElement(By.id("field-a-address")).sendKeys("https://edge.example.com:6443");
		browser.findElement(By.id("field-a-natApiPort")).sendKeys("70000");
		Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cluster A");
		WebElement port = browser.findElement(By.id("field-a-natApiPort"));
		assertThat(port.getAttribute("value")).isEqualTo("70000");
		assertThat(port.getAttribute("aria-invalid")).isEqualTo("true");
		WebElement error = browser.findElement(By.id("field-a-natApiPort-error"));
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText()).contains("1 to 65535");
		assertThat(Math.abs(error.getRect().getY() - port.getRect().getY())).isLessThan(80);
		assertThat(browser.findElement(By.id("field-a-address")).getAttribute("value"))
			.isEqualTo("https://edge.example.com:6443");
		assertThat(browser.findElement(By.id("location-onprem-nat")).isSelected()).isTrue();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		browser.findElement(By.linkText("The router port for the API server of cluster-a (cluster A)")).click();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("field-a-natApiPort");
	}

	@Test
	void thePlanOpensWithItsChecklistAndActionsInTheFirstScreen() {
		Browser.open(browser, url("/plan?" + COMPLETE));
		for (String id : List.of("bundle-link", "share-jump", "edit-answers")) {
			assertThat(bottom(browser.findElement(By.id(id)))).as(id).isLessThanOrEqualTo(900);
			assertThat(browser.findElement(By.id(id)).isDisplayed()).isTrue();
		}
		List<WebElement> steps = browser.findElements(By.cssSelector(".checklist > li"));
		assertThat(steps).hasSize(5);
		assertThat(bottom(steps.get(steps.size() - 1))).isLessThanOrEqualTo(900);
		assertThat(browser.findElement(By.id("answers-title")).getRect().getY()).isLessThan(900);
	}

	@Test
	void noPageScrollsSidewaysOnA390PixelPhone() {
		for (String page : List.of("/", "/wizard/network?liqo=v0.3.2", "/wizard/cluster-a?liqo=v0.3.2&network=internet",
				"/wizard/cluster-b?liqo=v0.3.2&network=internet&a.location=onprem-nat&a.distribution=k3s"
						+ "&a.address=203.0.113.10&b.location=onprem-nat",
				"/wizard/details?" + COMPLETE, "/plan?" + COMPLETE, "/plan?liqo=v0.3.2&network=lan&a.location=onprem"
						+ "&b.location=onprem")) {
			Browser.open(phone, url(page));
			long width = (Long) phone.executeScript("return document.documentElement.scrollWidth");
			assertThat(width).as(page).isLessThanOrEqualTo(390);
		}
		Browser.open(phone, url("/plan?" + COMPLETE));
		WebElement cell = phone.findElements(By.cssSelector("#exposure tbody td")).get(1);
		assertThat(cell.getRect().getX() + cell.getRect().getWidth()).isLessThanOrEqualTo(390);
		assertThat((String) phone.executeScript(
				"return getComputedStyle(arguments[0], '::before').content", cell)).contains("azure");
	}

	@Test
	void eachSeedExampleIsOneClickToACompletePlan() {
		Browser.open(browser, url("/"));
		int examples = browser.findElements(By.cssSelector(".examples a")).size();
		assertThat(examples).isEqualTo(4);
		for (int i = 0; i < examples; i++) {
			Browser.open(browser, url("/"));
			WebElement example = browser.findElements(By.cssSelector(".examples a")).get(i);
			String title = example.getText();
			Browser.clickAndWait(browser, By.linkText(title));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
			assertThat(browser.findElements(By.id("missing"))).as(title).isEmpty();
		}
	}

	@Test
	void changingAnAnswerUpdatesThePlanWithoutAReload() {
		Browser.open(browser, url("/plan?" + COMPLETE));
		browser.executeScript("window.notReloaded = true");
		assertThat(cell(0, 0)).isEqualTo("NodePort with port-forwarding");
		new Select(browser.findElement(By.id("answer-network"))).selectByValue("routed");
		wait(browser).until((d) -> "NodePort".equals(cell(0, 0)));
		wait(browser).until((d) -> d.findElement(By.id("answers-status")).getText().contains("follows your answers"));
		assertThat(browser.executeScript("return window.notReloaded")).isEqualTo(Boolean.TRUE);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cloud to on-premise across a routed private network");
		assertThat(browser.getCurrentUrl()).contains("/plan?liqo=v0.3.2&network=routed&a.name=edge");
		assertThat(browser.findElement(By.cssSelector("#diagram svg title")).getAttribute("textContent"))
			.contains("Cloud to on-premise across a routed private network");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("answer-network");

		// What cannot work is said by the form, and the page stays as it was.
		new Select(browser.findElement(By.id("answer-network"))).selectByValue("lan");
		wait(browser).until((d) -> d.findElement(By.id("answers-status")).getText().contains("not on your L2 LAN"));
		assertThat(browser.executeScript("return window.notReloaded")).isEqualTo(Boolean.TRUE);
		assertThat(cell(0, 0)).isEqualTo("NodePort");
	}

	private String cell(int row, int column) {
		return browser.findElements(By.cssSelector("#exposure tbody tr")).get(row).findElements(By.tagName("td"))
			.get(column).getText();
	}

	private static long bottom(WebElement element) {
		Rectangle rect = element.getRect();
		long scroll = (Long) browser.executeScript("return Math.round(window.scrollY)");
		return rect.getY() + rect.getHeight() - scroll;
	}

	private static WebDriverWait wait(ChromeDriver driver) {
		// The page swaps its parts while the test reads them: a stale cell is read again.
		return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
			.ignoring(StaleElementReferenceException.class);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
