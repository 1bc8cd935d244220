package dev.liqowizard.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.download.PlanDownloads;
import dev.liqowizard.plan.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of a plan, pinned in a folder after a review by hand: compared byte for byte, or
 * written anew with {@code -Dgolden.update=true} (then review the diff). One mechanism for the
 * golden files of every release.
 */
public final class GoldenFiles {

	private GoldenFiles() {
	}

	/** The plan's files are exactly the pinned ones, names and bytes. */
	public static void assertPinned(Path folder, Plan plan) throws IOException {
		List<PlanFile> files = new PlanDownloads(TestQueries.RELEASES).all(plan, provenance(plan));
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(folder);
			for (PlanFile file : files) {
				Files.write(folder.resolve(file.fileName()), file.content());
			}
		}
		try (Stream<Path> pinned = Files.list(folder)) {
			assertThat(pinned.map((path) -> path.getFileName().toString()).sorted())
				.containsExactlyElementsOf(files.stream().map(PlanFile::fileName).sorted().toList());
		}
		for (PlanFile file : files) {
			assertThat(file.text()).as(folder.getFileName() + "/" + file.fileName())
				.isEqualTo(Files.readString(folder.resolve(file.fileName()), StandardCharsets.UTF_8));
		}
	}

	/** A fixed origin and version, so that the pinned files do not change with the machine or the build. */
	public static Provenance provenance(Plan plan) {
		String query = dev.liqowizard.web.Links.query(plan.answers().toParameters());
		return new Provenance("golden", plan.release(), "https://liqo-wizard.example/plan?" + query,
				"https://liqo-wizard.example/wizard/details?" + query);
	}

}
