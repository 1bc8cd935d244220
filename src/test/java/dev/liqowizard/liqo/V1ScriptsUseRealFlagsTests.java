package dev.liqowizard.liqo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.download.PlanDownloads;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.support.LiqoctlCommands;
import dev.liqowizard.support.PlanCases;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code liqoctl} command in every script of every plan of every registered v1 release uses
 * only real flags of its subcommand, booleans with {@code =}, enum values in their exact case, the
 * required flags and {@code --version v1.2.0} ({@link LiqoctlCommands}). Skipped, not passed, while
 * no v1 release is registered; it runs by itself once one is.
 */
class V1ScriptsUseRealFlagsTests {

	@Test
	void everyLiqoctlCommandOfEveryV1ScriptUsesRealFlags() {
		List<LiqoRelease> releases = TestQueries.RELEASES.all()
			.stream()
			.filter((release) -> release.version().startsWith("v1."))
			.toList();
		Assumptions.assumeTrue(!releases.isEmpty(),
				"no v1 release is registered yet (" + TestQueries.RELEASES.all().stream().map(LiqoRelease::version).toList()
						+ "): nothing to check");
		List<String> problems = new ArrayList<>();
		List<String> withoutCommands = new ArrayList<>();
		List<String> subcommands = new ArrayList<>();
		for (LiqoRelease release : releases) {
			Provenance provenance = new Provenance("test", release.version(), "https://wizard.example/plan?x=1",
					"https://wizard.example/wizard/details?x=1");
			Map<String, String> cases = PlanCases.all(release);
			assertThat(cases).as(release.version() + " cases").isNotEmpty();
			cases.forEach((name, query) -> {
				Plan plan = TestQueries.plan(query);
				int commands = 0;
				for (PlanFile file : new PlanDownloads(TestQueries.RELEASES).all(plan, provenance)) {
					if (!file.fileName().endsWith(".sh")) {
						continue;
					}
					String script = release.version() + " " + name + " " + file.fileName();
					commands += LiqoctlCommands.invocations(file.text()).size();
					LiqoctlCommands.invocations(file.text())
						.forEach((invocation) -> subcommands.add(invocation.arguments().isEmpty() ? ""
								: invocation.arguments().get(0).text()));
					LiqoctlCommands.check(script, file.text()).forEach((problem) -> problems.add(problem.toString()));
				}
				if (commands == 0) {
					withoutCommands.add(release.version() + " " + name);
				}
			});
		}
		assertThat(problems).isEmpty();
		// The check must have had something to judge: every plan installs and peers with liqoctl.
		assertThat(withoutCommands).as("plans whose scripts run no liqoctl command").isEmpty();
		assertThat(subcommands).contains("install", "peer");
	}

}
