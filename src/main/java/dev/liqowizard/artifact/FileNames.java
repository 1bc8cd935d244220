package dev.liqowizard.artifact;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;

/**
 * The names of a plan's files in one place: the name in the download URL, which only says which
 * cluster ({@code values-a.yaml}), and the name on disk and in the bundle, which says its name
 * ({@code values-edge.yaml}). Names are built from validated cluster names only.
 */
public final class FileNames {

	public static final String TOPOLOGY = "topology.svg";

	public static final String README = "README.md";

	public static final String PEER_SCRIPT = "peer.sh";

	public static final String BUNDLE = "bundle.zip";

	private FileNames() {
	}

	public static String valuesUrl(Side side) {
		return "values-" + side.id() + ".yaml";
	}

	public static String installUrl(Side side) {
		return "install-" + side.id() + ".sh";
	}

	public static String values(ClusterPlan cluster) {
		return "values-" + cluster.name() + ".yaml";
	}

	public static String install(ClusterPlan cluster) {
		return "install-" + cluster.name() + ".sh";
	}

	/** The diagram on disk and in the bundle, like {@code topology-edge-azure.svg}; its URL stays {@link #TOPOLOGY}. */
	public static String topology(Plan plan) {
		return "topology-" + plan.cluster(Side.A).name() + "-" + plan.cluster(Side.B).name() + ".svg";
	}

	/** The folder of the bundle, and its file name without {@code .zip}. */
	public static String bundleFolder(Plan plan) {
		return "liqo-" + plan.cluster(Side.A).name() + "-" + plan.cluster(Side.B).name();
	}

}
