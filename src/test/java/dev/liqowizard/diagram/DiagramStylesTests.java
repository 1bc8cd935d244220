package dev.liqowizard.diagram;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page shows the inline diagram in dark mode with the same colours as the file's own style. */
class DiagramStylesTests {

	@Test
	void thePageStylesheetCarriesEveryDarkRuleOfTheWriter() throws Exception {
		String css;
		try (InputStream in = getClass().getResourceAsStream("/static/css/wizard.css")) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (String rule : SvgWriter.darkRules("[data-bs-theme=dark] .topology ").split("\n")) {
			assertThat(css).contains(rule);
		}
	}

	@Test
	void everyStyleWithDarkColoursHasLightOnes() {
		assertThat(SvgWriter.LIGHT.keySet()).containsAll(SvgWriter.DARK.keySet());
	}

}
