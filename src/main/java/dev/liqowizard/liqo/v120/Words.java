package dev.liqowizard.liqo.v120;

import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterPlan;

/** How the release's messages name a cluster: by its name and column, never by a parameter. */
final class Words {

	private Words() {
	}

	/** Like "edge (cluster A)". */
	static String who(ClusterAnswers cluster) {
		return cluster.name() + " (cluster " + cluster.side().name() + ")";
	}

	static String who(ClusterPlan cluster) {
		return who(cluster.answers());
	}

}
