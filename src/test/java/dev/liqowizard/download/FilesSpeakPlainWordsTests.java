package dev.liqowizard.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.support.PlanCases;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People read the files: their comments, README steps and script messages name answers in words
 * ("the public address of edge"), never by parameter ({@code a.address}). URLs keep them.
 */
class FilesSpeakPlainWordsTests {

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	private static final Pattern PARAMETER = Pattern.compile("\\b[ab]\\.(" + String.join("|",
			java.util.Arrays.stream(ClusterField.values()).map(ClusterField::key).toList()) + ")\\b");

	@Test
	void noGeneratedFileNamesAnAnswerByItsParameterOutsideAUrl() {
		List<String> found = new ArrayList<>();
		PlanDownloads downloads = new PlanDownloads(TestQueries.RELEASES);
		int files = 0;
		for (LiqoRelease release : TestQueries.RELEASES.all()) {
			for (Map.Entry<String, String> entry : PlanCases.all(release).entrySet()) {
				Plan plan = TestQueries.plan(entry.getValue());
				Provenance provenance = new Provenance("test", plan.release(), "https://wizard.example/plan?a.address=x",
						"https://wizard.example/wizard/details?a.address=x");
				for (PlanFile file : downloads.all(plan, provenance)) {
					files++;
					Matcher matcher = PARAMETER.matcher(URL.matcher(file.text()).replaceAll("<url>"));
					if (matcher.find()) {
						found.add(release.version() + " " + entry.getKey() + " " + file.fileName() + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(files).isGreaterThan(1000);
		assertThat(found).isEmpty();
	}

	@Test
	void theScanFindsAParameterNameOutsideAUrl() {
		String text = URL.matcher("see https://x.example/plan?a.address=1 then set a.address").replaceAll("<url>");
		assertThat(PARAMETER.matcher(text).find()).isTrue();
		assertThat(PARAMETER.matcher(URL.matcher("https://x.example/plan?b.podCidr=1").replaceAll("")).find()).isFalse();
	}

}
