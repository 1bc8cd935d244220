package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ValuesFileNotes;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;

/** The comment block on top of {@code values-<name>.yaml}: what it is for, and what it lacks. */
final class ValuesHeader {

	private ValuesHeader() {
	}

	static List<String> lines(Plan plan, Side side, Provenance provenance) {
		ClusterPlan cluster = plan.cluster(side);
		ClusterPlan peer = plan.cluster(side.other());
		List<String> lines = new ArrayList<>(provenance.commentHeader("Helm values for Liqo " + V032Release.VERSION
				+ " on " + cluster.name() + " (cluster " + side.name() + ", " + cluster.label() + "), peered with "
				+ peer.name() + ".", plan));
		lines.add("Install: helm install liqo liqo/liqo --version " + plan.chartVersion()
				+ " -n liqo --create-namespace -f " + FileNames.values(cluster));
		lines.add(FileNames.install(cluster) + " runs this, waits for Liqo and does the peering steps.");
		lines.addAll(ValuesFileNotes.of(cluster, provenance.detailsUrl()));
		if (!cluster.portForwards().isEmpty()) {
			lines.add("Kubernetes assigns the NodePorts at install: kubectl get svc -n liqo liqo-auth liqo-gateway");
		}
		return lines;
	}

}
