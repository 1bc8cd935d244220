package dev.liqowizard.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.liqowizard.support.Browser;
import dev.liqowizard.support.SeedTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the plan page's diagram for each seed scenario, light and dark, wide and at
 * 360 px, into {@code target/screenshots/}; each diagram must be visible and sized.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanScreenshotBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static ChromeDriver wide;

	private static ChromeDriver narrow;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowsers() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		wide = (ChromeDriver) Browser.start(1280, 1000);
		narrow = (ChromeDriver) Browser.start(360, 800);
		// Desktop Chromium keeps windows at least 500 px wide; emulate a 360 px phone screen instead.
		narrow.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterAll
	static void stopBrowsers() {
		wide.quit();
		narrow.quit();
	}

	@Test
	void eachSeedScenarioShowsItsDiagramLightDarkAndNarrow() throws IOException {
		for (Map.Entry<String, String> seed : SeedTables.SEED_QUERIES.entrySet()) {
			String url = "http://localhost:" + this.port + "/plan?" + seed.getValue();
			String name = seed.getKey().toLowerCase().replace(' ', '-');

			colourScheme(wide, "light");
			Browser.open(wide, url);
			WebElement light = diagram(wide, name + ".png");
			assertThat(light.getSize().getWidth()).isBetween(400, 600);
			assertThat(light.getSize().getHeight()).isGreaterThan(400);
			assertThat(panelFill(wide)).isEqualTo("rgb(246, 248, 250)");

			colourScheme(wide, "dark");
			Browser.open(wide, url);
			assertThat(wide.findElement(By.tagName("html")).getAttribute("data-bs-theme")).isEqualTo("dark");
			diagram(wide, name + "-dark.png");
			assertThat(panelFill(wide)).isEqualTo("rgb(22, 27, 34)");

			Browser.open(narrow, url);
			WebElement small = diagram(narrow, name + "-360px.png");
			assertThat(small.getSize().getWidth()).isBetween(300, 360);
			assertThat(small.getSize().getHeight()).isGreaterThan(small.getSize().getWidth());
			String title = narrow.findElement(By.cssSelector("#diagram svg title")).getAttribute("textContent");
			assertThat(title).contains(seed.getKey());
		}
	}

	private static WebElement diagram(ChromeDriver driver, String file) throws IOException {
		WebElement svg = driver.findElement(By.cssSelector("#diagram svg"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", svg);
		assertThat(svg.isDisplayed()).isTrue();
		Files.write(SCREENSHOTS.resolve(file), svg.getScreenshotAs(OutputType.BYTES));
		return svg;
	}

	private static String panelFill(ChromeDriver driver) {
		return (String) ((JavascriptExecutor) driver)
			.executeScript("return getComputedStyle(document.querySelector('#diagram svg .panel')).fill");
	}

	private static void colourScheme(ChromeDriver driver, String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

}
