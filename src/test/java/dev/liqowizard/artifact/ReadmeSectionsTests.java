package dev.liqowizard.artifact;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

class ReadmeSectionsTests {

	private static final Provenance PROVENANCE = new Provenance("1.0", "v1.2.0", "https://wizard.example/plan?x",
			"https://wizard.example/wizard/details?x");

	private static final Plan INCOMPLETE = TestQueries
		.plan("liqo=v1.2.0&network=internet&a.name=edge&a.location=onprem-nat&b.name=azure&b.location=cloud");

	@Test
	void theExposureTableHasAColumnPerClusterARowPerServiceAndTheRolesOnlyWhenAsked() {
		List<String> plain = lines((readme) -> readme.exposureTable("## Exposure", false));
		List<String> withRoles = lines((readme) -> readme.exposureTable("## Exposure", true));
		assertThat(plain.get(2)).isEqualTo("| | " + INCOMPLETE.cluster(Side.A).columnTitle() + " | "
				+ INCOMPLETE.cluster(Side.B).columnTitle() + " |");
		assertThat(plain).hasSize(2 + 2 + INCOMPLETE.services().size() + 1).noneMatch((line) -> line.contains("Role"));
		assertThat(withRoles).hasSize(plain.size() + 1);
		assertThat(withRoles.get(4)).startsWith("| **Role** | " + INCOMPLETE.clusters().get(0).role().label() + " |");
	}

	@Test
	void eachMissingValueSaysHowToFindItAndWhereToAddIt() {
		ClusterPlan edge = INCOMPLETE.clusters().get(0);
		assertThat(edge.missing()).isNotEmpty();
		List<String> lines = lines((readme) -> readme.missingValues(edge));
		assertThat(lines).hasSize(edge.missing().size())
			.allMatch((line) -> line.startsWith("- **Missing:** ") && line.contains(". How to find it: ")
					&& line.endsWith(": https://wizard.example/wizard/details?x"));
	}

	@Test
	void theNotesLeaveOutTheHeadingOfAnEmptyList() {
		Plan cloudToCloud = TestQueries.plan("liqo=v1.2.0&network=internet&a.location=cloud&a.distribution=eks"
				+ "&b.location=cloud&b.distribution=aks&peering=both");
		assertThat(cloudToCloud.limitations()).isEmpty();
		assertThat(INCOMPLETE.limitations()).isNotEmpty();
		for (Plan plan : List.of(INCOMPLETE, cloudToCloud)) {
			ReadmeSections readme = new ReadmeSections(plan, PROVENANCE);
			readme.notes("## Limits here");
			String text = readme.text();
			assertThat(text).startsWith("## Notes\n");
			for (ClusterPlan cluster : plan.clusters()) {
				assertThat(text.contains("### " + cluster.columnTitle() + ": " + cluster.name()))
					.isEqualTo(!cluster.notes().isEmpty());
			}
			assertThat(text.contains("## Limits here")).isEqualTo(!plan.limitations().isEmpty());
		}
	}

	private static List<String> lines(Consumer<ReadmeSections> section) {
		ReadmeSections readme = new ReadmeSections(INCOMPLETE, PROVENANCE);
		section.accept(readme);
		return readme.text().lines().toList();
	}

}
