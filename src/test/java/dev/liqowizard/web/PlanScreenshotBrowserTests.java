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

import dev.liqowizard.diagram.SvgWriter;
import dev.liqowizard.diagram.TopologyBuilder;
import dev.liqowizard.diagram.V1Plans;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.support.Browser;
import dev.liqowizard.support.SeedTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram as people see it, into {@code target/screenshots/}: each seed scenario on the plan
 * page, and hand-built v1.2.0 plans inlined into a page with the same stylesheets, light and dark,
 * at 320, 390 and 1280 px. At each width the diagram shown fills its column and its text renders
 * at 12 px or more.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanScreenshotBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final Path PAGES = Path.of("target/diagram-pages");

	private static final List<Integer> WIDTHS = List.of(320, 390, 1280);

	private static ChromeDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.createDirectories(PAGES);
		browser = (ChromeDriver) Browser.start(1280, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		browser.quit();
	}

	@Test
	void eachSeedScenarioShowsOneDiagramThatFillsItsColumnWithReadableText() throws IOException {
		for (Map.Entry<String, String> seed : SeedTables.SEED_QUERIES.entrySet()) {
			String name = "seed-" + seed.getKey().toLowerCase().replace(' ', '-');
			String url = "http://localhost:" + this.port + "/plan?" + seed.getValue();
			everyWidthAndScheme(name, () -> Browser.open(browser, url), seed.getKey());
		}
	}

	@Test
	void v1PlansShowOneDiagramThatFillsItsColumnWithReadableText() throws IOException {
		for (Map.Entry<String, Plan> plan : V1Plans.all().entrySet()) {
			Path page = PAGES.resolve(plan.getKey() + ".html").toAbsolutePath();
			// The page's own stylesheets, inlined: a file page may not load them from the server.
			StringBuilder styles = new StringBuilder();
			for (String sheet : List.of("/webjars/bootstrap/css/bootstrap.min.css", "/css/wizard.css", "/css/diagram.css")) {
				styles.append(fetch(sheet)).append('\n');
			}
			Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<title>v1 diagram</title><style>" + styles + "</style><script>" + fetch("/js/theme.js")
					+ "</script></head><body><main class=\"container\">"
					+ "<h1>Topology</h1><section id=\"diagram\"><figure class=\"topology-figure\"><div class=\"topology-frame\">"
					+ SvgWriter.inline(TopologyBuilder.build(plan.getValue()))
					+ "</div></figure></section></main></body></html>");
			everyWidthAndScheme(plan.getKey(), () -> Browser.open(browser, page.toUri().toString()),
					plan.getValue().cluster(dev.liqowizard.plan.Side.A).name());
		}
	}

	private void everyWidthAndScheme(String name, Runnable open, String titleWord) throws IOException {
		for (int width : WIDTHS) {
			for (String scheme : List.of("light", "dark")) {
				browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						Map.of("width", width, "height", (width < 500) ? 1800 : 1000, "deviceScaleFactor", 1, "mobile", width < 500));
				browser.executeCdpCommand("Emulation.setEmulatedMedia",
						Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
				open.run();
				String what = name + " at " + width + " px, " + scheme;
				WebElement svg = visibleDiagram(what);
				assertThat(svg.getAttribute("class")).as(what)
					.endsWith((width >= 1000) ? "topology-landscape" : "topology-portrait");
				assertThat(svg.findElement(By.tagName("title")).getAttribute("textContent")).as(what)
					.contains(titleWord);
				int column = ((Number) script("return document.querySelector('.topology-frame').clientWidth"))
					.intValue();
				assertThat(svg.getSize().getWidth()).as(what + ": fills its column up to the portrait's cap")
					.isBetween(Math.min(column, 470) - 2, column + 1);
				assertThat(smallestRenderedText(svg)).as(what + ": smallest text in px").isGreaterThanOrEqualTo(12);
				assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth "
						+ "|| document.querySelector('.topology-frame').scrollWidth <= "
						+ "document.querySelector('.topology-frame').clientWidth"))
					.as(what + ": the diagram does not widen the page")
					.isEqualTo(true);
				String fill = (String) script("return getComputedStyle(arguments[0].querySelector('.panel')).fill", svg);
				assertThat(fill).as(what).isEqualTo(scheme.equals("dark") ? "rgb(22, 27, 34)" : "rgb(246, 248, 250)");
				script("arguments[0].scrollIntoView()", svg);
				Files.write(SCREENSHOTS.resolve("diagram-" + name + "-" + width + "px-" + scheme + ".png"),
						svg.getScreenshotAs(OutputType.BYTES));
			}
		}
	}

	private WebElement visibleDiagram(String what) {
		List<WebElement> shown = browser.findElements(By.cssSelector(".topology-frame svg"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
		assertThat(shown).as(what + ": exactly one drawing shows").hasSize(1);
		return shown.get(0);
	}

	/**
	 * The smallest rendered size of the drawing's text in CSS pixels: each text's font size times
	 * the scale from the drawing's units to the screen, and the height of its box on screen.
	 */
	private static double smallestRenderedText(WebElement svg) {
		Number size = (Number) script("""
				let smallest = Infinity;
				for (const text of arguments[0].querySelectorAll('text')) {
				  const scale = text.getScreenCTM().a;
				  const font = parseFloat(getComputedStyle(text).fontSize) * scale;
				  const lines = Math.max(1, text.querySelectorAll('tspan').length);
				  const box = text.getBoundingClientRect().height / lines;
				  smallest = Math.min(smallest, font, box / 1.05);
				}
				return smallest;""", svg);
		return size.doubleValue();
	}

	private String fetch(String path) {
		try {
			java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

}
