package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Service;
import dev.liqowizard.support.SeedTables;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

/** For the seed inputs the plan's table is the seed page's table, cell for cell. */
class SeedTablesTests {

	@Test
	void theSeedPageHasTheFourScenarioTables() {
		assertThat(SeedTables.read()).containsOnlyKeys(SeedTables.SEED_QUERIES.keySet());
	}

	@Test
	void eachSeedScenarioReproducesItsTableCellForCell() {
		for (Map.Entry<String, SeedTables.Table> entry : SeedTables.read().entrySet()) {
			Plan plan = TestQueries.plan(SeedTables.SEED_QUERIES.get(entry.getKey()));
			assertThat(table(plan)).as(entry.getKey()).isEqualTo(entry.getValue().rows());
			assertThat(header(plan)).as(entry.getKey()).isEqualTo(entry.getValue().header());
			assertThat(plan.scenario().title()).isEqualTo(entry.getKey());
			assertThat(plan.scenario().seed()).isTrue();
		}
	}

	static List<String> header(Plan plan) {
		List<String> header = new ArrayList<>();
		header.add("");
		plan.clusters().stream().map(ClusterPlan::columnTitle).forEach(header::add);
		return header;
	}

	static List<List<String>> table(Plan plan) {
		List<List<String>> rows = new ArrayList<>();
		for (Service service : plan.services()) {
			List<String> row = new ArrayList<>();
			row.add(service.label());
			plan.clusters().forEach((cluster) -> row.add(cluster.exposure(service)));
			rows.add(row);
		}
		return rows;
	}

}
