package dev.liqowizard.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import static org.assertj.core.api.Assertions.within;

/**
 * axe-core with every rule on every kind of page, at desktop and phone widths, light and dark; no
 * sideways scrolling at 320 px; no layout shift from the theme switch; and the whole wizard with
 * the keyboard alone. One browser for the class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	private static final String NAT = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&b.name=azure&b.location=cloud&b.distribution=aks";

	/** States of pages beyond their kinds: errors beside fields, a plan with values missing, a refused answer. */
	private static final List<String> STATES = List.of("/wizard/cluster-a?network=lan",
			"/wizard/cluster-a?liqo=v1.2.0&network=internet",
			"/wizard/cluster-a?network=lan&a.location=cloud",
			"/wizard/cluster-b?network=internet&a.location=onprem-nat&a.address=203.0.113.10&a.distribution=k3s"
					+ "&b.location=onprem-nat",
			"/wizard/cluster-b?network=internet&a.name=Bad+Name&a.location=cloud&a.natApiPort=70000",
			"/wizard/done?" + PlanPageScreenshotBrowserTests.COMPLETE_NAT.replace("b.location=cloud", "b.location=onprem")
					+ "&asked=v0.3.2+internet+onprem-nat+cloud",
			"/plan?" + NAT, "/plan?" + PlanPageScreenshotBrowserTests.COMPLETE_NAT,
			"/plan?network=lan&a.location=onprem&b.location=onprem", "/plan?network=lan&a.location=cloud&b.location=x");

	/**
	 * The rules whose findings axe may leave "incomplete" (needs review) and that must not be: a
	 * review here means a reader may meet the problem.
	 */
	private static final List<String> NO_REVIEW = List.of("color-contrast", "color-contrast-enhanced",
			"scrollable-region-focusable", "aria-prohibited-attr", "identical-links-same-purpose", "target-size",
			"link-in-text-block", "landmark-unique", "region", "aria-allowed-role", "label-content-name-mismatch");

	private static ChromeDriver browser;

	/** axe's run options with every rule it has switched on, AAA contrast and best practices included. */
	private static String everyRule;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = (ChromeDriver) Browser.start();
		try (InputStream axe = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			browser.get("about:blank");
			browser.executeScript(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
		}
		@SuppressWarnings("unchecked")
		List<String> rules = (List<String>) browser.executeScript("return axe.getRules().map(function (r) { return r.ruleId; })");
		assertThat(rules).contains("color-contrast-enhanced", "identical-links-same-purpose", "scrollable-region-focusable");
		everyRule = rules.stream()
			.map((rule) -> "\"" + rule + "\":{\"enabled\":true}")
			.collect(Collectors.joining(",", "{\"rules\":{", "}}"));
	}

	@AfterAll
	static void stopBrowser() {
		browser.quit();
	}

	@Test
	void axeWithEveryRuleFindsNothingOnAnyPageAtDesktopAndPhoneWidthsInLightAndDarkMode() {
		for (int width : List.of(1280, 320)) {
			emulate(width);
			for (String scheme : List.of("light", "dark")) {
				scheme(scheme);
				List<String> pages = new ArrayList<>(PageTypes.ALL.stream().map(PageTypes.PageType::path).toList());
				if (width == 1280) {
					pages.addAll(STATES);
				}
				for (String page : pages) {
					Browser.open(browser, url(page));
					assertThat(browser.findElement(By.tagName("html")).getAttribute("data-bs-theme")).isEqualTo(scheme);
					AxeBuilder axe = new AxeBuilder();
					axe.setOptions(everyRule);
					Results results = axe.analyze(browser);
					String where = width + " px " + scheme + " " + page;
					assertThat(describe(results.getViolations())).as("violations at " + where).isEmpty();
					assertThat(describe(results.getIncomplete()
						.stream()
						.filter((rule) -> NO_REVIEW.contains(rule.getId()))
						.map(AccessibilityBrowserTests::withoutDiagramText)
						.filter((rule) -> !rule.getNodes().isEmpty())
						.toList())).as("left for review at " + where).isEmpty();
					scrollingRegionsAreFocusableAndNamed(where);
					if (!browser.findElements(By.cssSelector(".topology-frame svg")).isEmpty()) {
						assertThat(diagramTextBelowContrast(4.5)).as("diagram text at " + where).isEmpty();
					}
				}
			}
		}
		scheme("light");
		emulate(1280);
	}

	@Test
	void noPageScrollsSidewaysAt320PixelsWithTheLongestNamesAndAddresses() {
		emulate(320);
		try {
			for (PageTypes.PageType page : PageTypes.ALL) {
				Browser.open(browser, url(page.path()));
				if (page.name().startsWith("plan") || page.name().equals("error 400")) {
					assertThat(browser.findElement(By.tagName("main")).getText()).as(page.name())
						.contains(PageTypes.LONG_NAME_A);
				}
				Map<?, ?> widths = (Map<?, ?>) browser.executeScript("var e = document.documentElement;"
						+ "return { scroll: e.scrollWidth, client: e.clientWidth };");
				assertThat(((Number) widths.get("client")).intValue()).as(page.name()).isEqualTo(320);
				assertThat(((Number) widths.get("scroll")).intValue()).as(page.name() + ": document width").isLessThanOrEqualTo(320);
			}
		}
		finally {
			emulate(1280);
		}
	}

	@Test
	void filePreviewsAreRegionsNamedAfterTheirFilesAndEveryActionHasItsOwnName() {
		for (PageTypes.PageType page : PageTypes.ALL) {
			if (!page.name().startsWith("plan")) {
				continue;
			}
			Browser.open(browser, url(page.path()));
			List<WebElement> previews = browser.findElements(By.cssSelector(".file-preview"));
			assertThat(previews).as(page.name()).hasSizeGreaterThanOrEqualTo(4);
			for (WebElement preview : previews) {
				String file = preview.getAttribute("data-file");
				WebElement text = preview.findElement(By.tagName("pre"));
				assertThat(text.getAriaRole()).as(file).isEqualTo("region");
				assertThat(text.getAccessibleName()).as(file).isEqualTo(file);
				assertThat(preview.findElement(By.cssSelector("a[download]")).getAccessibleName()).isEqualTo("Download " + file);
				assertThat(preview.findElement(By.cssSelector("button[data-copy-target]")).getAccessibleName())
					.isEqualTo("Copy " + file);
			}
			// One name, one target: a link or a button that says the same as another does the same.
			Map<String, Set<String>> targets = new HashMap<>();
			for (WebElement action : browser.findElements(By.cssSelector("a[href], button"))) {
				if (!action.isDisplayed()) {
					continue;
				}
				String target = action.getTagName().equals("a") ? action.getAttribute("href")
						: action.getTagName() + " " + action.getAttribute("data-copy-target") + " " + action.getAttribute("type");
				targets.computeIfAbsent(action.getAccessibleName(), (name) -> new HashSet<>()).add(target);
			}
			targets.forEach((name, where) -> assertThat(where).as(page.name() + ": \"" + name + "\"").hasSize(1));
		}
	}

	@Test
	void theDiagramOpenedInATabFollowsTheDarkModeWithItsOwnStyle() {
		String view = url("/plan/topology-view.svg?" + NAT);
		for (String scheme : List.of("dark", "light")) {
			scheme(scheme);
			browser.get(view);
			Object fill = browser.executeScript("return getComputedStyle(document.querySelector('.panel')).fill");
			assertThat(fill).as(scheme).isEqualTo(scheme.equals("dark") ? "rgb(22, 27, 34)" : "rgb(246, 248, 250)");
		}
		// The plan page links it next to the download.
		Browser.open(browser, url("/plan?" + NAT));
		assertThat(browser.findElement(By.id("topology-view-link")).getAttribute("href")).isEqualTo(view);
	}

	@Test
	void contrastIsWcagsRatio() {
		assertThat(contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)")).isCloseTo(21, within(0.01));
		assertThat(contrast("rgb(255, 255, 255)", "rgb(13, 110, 253)")).isCloseTo(4.50, within(0.01));
	}

	@Test
	void theThemeSwitchShiftsNothingWhenItAppears() {
		for (PageTypes.PageType page : PageTypes.ALL) {
			Browser.open(browser, url(page.path()));
			Number shift = (Number) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "var sum = 0; new PerformanceObserver(function (list) {"
					+ "  list.getEntries().forEach(function (entry) { sum += entry.value; });"
					+ "}).observe({ type: 'layout-shift', buffered: true });"
					+ "setTimeout(function () { done(sum); }, 100);");
			assertThat(shift.doubleValue()).as(page.name() + ": cumulative layout shift").isZero();
			// Without a script the switch keeps its place, invisible: the header is as high either way.
			Number shown = (Number) browser.executeScript("return document.querySelector('.site-header').offsetHeight");
			Number without = (Number) browser.executeScript("document.documentElement.classList.remove('has-script');"
					+ "var h = document.querySelector('.site-header').offsetHeight;"
					+ "document.documentElement.classList.add('has-script'); return h");
			assertThat(without).as(page.name()).isEqualTo(shown);
			assertThat(browser.findElement(By.id("theme")).isDisplayed()).as(page.name()).isTrue();
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
		// Read while the page may still be changing: an element of the old page is asked again.
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.withMessage(() -> "the page " + heading + " never came; at " + browser.getCurrentUrl() + ": "
					+ browser.findElement(By.tagName("main")).getText())
			.until((driver) -> heading.equals(driver.findElement(By.tagName("h1")).getText()));
	}

	/** Whatever scrolls (a file's text) can be reached with the keyboard and says what it is. */
	private static void scrollingRegionsAreFocusableAndNamed(String where) {
		@SuppressWarnings("unchecked")
		List<WebElement> scrolling = (List<WebElement>) browser.executeScript("""
				return Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
				  var style = getComputedStyle(e);
				  var x = /auto|scroll/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
				  var y = /auto|scroll/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1;
				  return x || y;
				});""");
		for (WebElement region : scrolling) {
			String what = where + ": " + region.getTagName() + "." + region.getAttribute("class");
			assertThat(region.getAttribute("tabindex")).as(what).isEqualTo("0");
			assertThat(region.getAccessibleName()).as(what).isNotBlank();
		}
	}

	/**
	 * axe never measures text inside an SVG (it counts the drawing as an image and leaves the text
	 * for review); {@link #diagramTextBelowContrast} measures it instead.
	 */
	private static Rule withoutDiagramText(Rule rule) {
		if (rule.getId().startsWith("color-contrast")) {
			rule.setNodes(rule.getNodes()
				.stream()
				.filter((node) -> !node.getHtml().startsWith("<text") && !node.getHtml().startsWith("<tspan"))
				.toList());
		}
		return rule;
	}

	/**
	 * The texts of the diagram's visible drawing whose contrast with what is painted under them
	 * (the topmost filled shape, else the page) is below the ratio: the diagram keeps WCAG AA.
	 */
	private static List<String> diagramTextBelowContrast(double ratio) {
		@SuppressWarnings("unchecked")
		List<List<String>> texts = (List<List<String>>) browser.executeScript("""
				var svg = Array.prototype.find.call(document.querySelectorAll('.topology-frame svg'),
				    function (s) { return s.getBoundingClientRect().width > 0; });
				var page = getComputedStyle(document.body).backgroundColor;
				var out = [];
				svg.querySelectorAll('text, tspan').forEach(function (t) {
				  var own = Array.prototype.some.call(t.childNodes, function (n) {
				    return n.nodeType === 3 && n.textContent.trim() !== ''; });
				  if (!own) { return; }
				  t.scrollIntoView({ block: 'center' });
				  var r = t.getBoundingClientRect();
				  var under = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				  var bg = page;
				  for (var i = 0; i < under.length; i++) {
				    var e = under[i];
				    if (e === svg || !svg.contains(e)) { break; }
				    if (e.closest('text')) { continue; }
				    var fill = getComputedStyle(e).fill;
				    if (fill && fill !== 'none' && fill.indexOf('url') < 0) { bg = fill; break; }
				  }
				  out.push([getComputedStyle(t).fill, bg, t.textContent.trim()]);
				});
				return out;""");
		assertThat(texts).isNotEmpty();
		return texts.stream()
			.filter((text) -> contrast(text.get(0), text.get(1)) < ratio)
			.map((text) -> text.get(2) + ": " + text.get(0) + " on " + text.get(1) + " is "
					+ String.format("%.2f", contrast(text.get(0), text.get(1))))
			.toList();
	}

	/** WCAG's contrast ratio of two opaque CSS colours given as {@code rgb(r, g, b)}. */
	static double contrast(String foreground, String background) {
		double a = luminance(foreground);
		double b = luminance(background);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String rgb) {
		String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Double.parseDouble(parts[i]) / 255;
			channels[i] = (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	private static void emulate(int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
	}

	private static void scheme(String scheme) {
		browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
