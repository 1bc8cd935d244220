package dev.liqowizard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests read copies of the team's reference files; where the originals sit next to the
 * checkout ({@code ../shared}), the copies must be byte for byte the same.
 */
class ReferenceCopiesTests {

	private static final Path SHARED = Path.of(System.getProperty("wizard.shared", "../shared"));

	@ParameterizedTest
	@CsvSource({ "reference/liqo/values-v0.3.2.yaml, reference/liqo/values-v0.3.2.yaml",
			"reference/liqo/values-v1.2.0.yaml, reference/liqo/values-v1.2.0.yaml",
			"seeds/pre-install-page.md, reference/seeds/pre-install-page.md" })
	void copiesMatchTheOriginals(String original, String copy) throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SHARED), "no shared folder at " + SHARED.toAbsolutePath());
		try (InputStream in = getClass().getResourceAsStream("/" + copy)) {
			assertThat(in).as(copy).isNotNull();
			assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SHARED.resolve(original)));
		}
	}

}
