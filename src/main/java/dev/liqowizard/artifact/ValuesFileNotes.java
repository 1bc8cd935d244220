package dev.liqowizard.artifact;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.PortForward;

/**
 * The parts of a values file's comment header that every release writes alike, read from the
 * cluster's plan: what the wizard did not know, what comes from the environment, and the forwards.
 */
public final class ValuesFileNotes {

	private ValuesFileNotes() {
	}

	/**
	 * The notes in the order every release writes them: what the wizard did not know, what comes
	 * from the environment, the router's forwards; empty when there is nothing to say.
	 */
	public static List<String> of(ClusterPlan cluster, String detailsUrl) {
		List<String> lines = new ArrayList<>(missing(cluster, detailsUrl));
		lines.addAll(environment(cluster));
		lines.addAll(portForwards(cluster));
		return lines;
	}

	/** What the files need but the answers do not say, and where to add it; empty when complete. */
	private static List<String> missing(ClusterPlan cluster, String detailsUrl) {
		List<String> lines = new ArrayList<>();
		if (!cluster.missing().isEmpty()) {
			lines.add("");
			lines.add("NOT SET: the wizard did not know these values, and Liqo does not work without them.");
			for (MissingValue missing : cluster.missing()) {
				lines.add("- " + missing.what() + ".");
				lines.add("  How to find it: " + missing.howToFind() + ".");
			}
			lines.add("Add them in the wizard and download the files again: " + detailsUrl);
		}
		return lines;
	}

	/** The values set at install from the environment, such as credentials; empty when none. */
	private static List<String> environment(ClusterPlan cluster) {
		List<String> lines = new ArrayList<>();
		if (!cluster.environment().isEmpty()) {
			lines.add("");
			lines.add("Set at install from the environment, never written to a file:");
			for (EnvironmentInput input : cluster.environment()) {
				lines.add("- " + input.valuesPath() + " from " + input.variable() + ": " + input.description() + ".");
			}
		}
		return lines;
	}

	/** The rules on the NAT router in front of the cluster; empty when it has none. */
	private static List<String> portForwards(ClusterPlan cluster) {
		List<String> lines = new ArrayList<>();
		if (!cluster.portForwards().isEmpty()) {
			lines.add("");
			lines.add("Port forwards on the NAT router in front of " + cluster.name()
					+ cluster.answers().address().map((HostAddress address) -> " (" + address + ")").orElse("") + ":");
			for (PortForward forward : cluster.portForwards()) {
				lines.add("- " + forward.protocol() + " " + forward.externalPort() + " -> " + forward.target() + " ("
						+ forward.service().label() + ")");
			}
		}
		return lines;
	}

}
