package dev.liqowizard.artifact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundleTests {

	private static final List<PlanFile> FILES = List.of(PlanFile.text("values-a.yaml", "values-edge.yaml", "x", "a: 1\n"),
			PlanFile.text("README.md", "README.md", "x", "# Read me\n"));

	@Test
	void holdsEveryFileUnderOneFolderInOrder() throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Bundle.zip("liqo-edge-azure", FILES)))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName() + "=" + new String(zip.readAllBytes()));
			}
		}
		assertThat(names).containsExactly("liqo-edge-azure/values-edge.yaml=a: 1\n",
				"liqo-edge-azure/README.md=# Read me\n");
	}

	@Test
	void isTheSameBytesWhateverTheClockOrTimeZone() throws InterruptedException {
		TimeZone original = TimeZone.getDefault();
		try {
			byte[] first = Bundle.zip("f", FILES);
			Thread.sleep(1100);
			TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
			assertThat(Bundle.zip("f", FILES)).isEqualTo(first);
		}
		finally {
			TimeZone.setDefault(original);
		}
	}

}
