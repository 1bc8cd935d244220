package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ValuesFileNotes;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;

/** The comment block on top of {@code values-<name>.yaml}: the Helm route, and what it lacks. */
final class ValuesHeader {

	private ValuesHeader() {
	}

	static List<String> lines(Plan plan, Side side, Provenance provenance) {
		ClusterPlan cluster = plan.cluster(side);
		ClusterPlan peer = plan.cluster(side.other());
		List<String> lines = new ArrayList<>(provenance.commentHeader("Helm values for Liqo " + V120Release.VERSION
				+ " on " + cluster.name() + " (cluster " + side.name() + ", " + cluster.label() + ", "
				+ cluster.role().label().toLowerCase(java.util.Locale.ROOT) + "), peered with " + peer.name() + ".",
				plan));
		lines.add("The Helm route, instead of " + FileNames.install(cluster) + " (liqoctl install); both make the same "
				+ "installation:");
		lines.add("  helm repo add liqo https://helm.liqo.io/ && helm repo update");
		StringBuilder install = new StringBuilder("  helm install liqo liqo/liqo --version " + plan.chartVersion()
				+ " -n liqo --create-namespace -f " + FileNames.values(cluster));
		for (EnvironmentInput input : cluster.environment()) {
			install.append(" \\\n    --set-string \"").append(input.valuesPath()).append("=$").append(input.variable())
				.append('"');
		}
		lines.add(install.toString());
		lines.add("Use it with helm only: liqoctl install --values merges lists the other way round.");
		lines.add("Then peer with peer.sh (see README.md).");
		lines.addAll(ValuesFileNotes.of(cluster, provenance.detailsUrl()));
		return lines;
	}

}
