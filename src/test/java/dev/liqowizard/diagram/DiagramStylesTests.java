package dev.liqowizard.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page shows the inline diagram in dark mode with the same colours as the file's own style,
 * and switches between the drawings where both keep their text at 12 px or more.
 */
class DiagramStylesTests {

	private static final Pattern CONTAINER = Pattern.compile("@container \\(min-width: (\\d+)px\\)");

	static String css() {
		return resource("/static/css/diagram.css");
	}

	private static String resource(String path) {
		try (InputStream in = DiagramStylesTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The column width in CSS pixels from which the page shows the landscape drawing. */
	static int landscapeFrom() {
		Matcher matcher = CONTAINER.matcher(css());
		assertThat(matcher.find()).as("diagram.css switches drawings with a container query").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	@Test
	void theDiagramStylesheetCarriesEveryDarkRuleOfTheWriter() {
		String css = css();
		for (String rule : SvgWriter.darkRules("[data-bs-theme=dark] .topology ").split("\n")) {
			assertThat(css).contains(rule);
		}
		assertThat(resource("/static/css/wizard.css")).doesNotContain(".topology ");
	}

	@Test
	void everyPageLinksTheDiagramStylesheet() {
		assertThat(resource("/templates/fragments/layout.html")).contains("@{/css/diagram.css}");
	}

	@Test
	void noStyleOfTheDiagramIsAClassOfThePageStylesheets() {
		// Bootstrap's ".badge:empty { display: none }" once hid every role badge's background.
		String bootstrap = resource("/META-INF/resources/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
		String wizard = resource("/static/css/wizard.css");
		for (String style : SvgWriter.LIGHT.keySet()) {
			Pattern selector = Pattern.compile("\\." + Pattern.quote(style) + "(?![\\w-])");
			assertThat(selector.matcher(bootstrap).find()).as(style).isFalse();
			assertThat(selector.matcher(wizard).find()).as(style).isFalse();
		}
	}

	@Test
	void everyStyleWithDarkColoursHasLightOnes() {
		assertThat(SvgWriter.LIGHT.keySet()).containsAll(SvgWriter.DARK.keySet());
	}

	@Test
	void theLandscapeDrawingAppearsOnlyWhereItsSmallestTextRendersAtTwelvePixels() {
		int from = landscapeFrom();
		assertThat(Sketch.SMALL * (double) from / LandscapeLayout.WIDTH).isGreaterThanOrEqualTo(12);
		// Below that the portrait drawing shows, down to the 288 px column of a 320 px phone.
		assertThat(Sketch.SMALL * 288.0 / PortraitLayout.WIDTH).isGreaterThanOrEqualTo(12);
		assertThat(css()).contains(".topology-frame .topology-landscape {\n  display: none;");
	}

}
