package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Side;

/** The comment block on top of {@code values-<name>.yaml}: the Helm route, and what it lacks. */
final class ValuesHeader {

	private ValuesHeader() {
	}

	static List<String> lines(Plan plan, Side side, Provenance provenance) {
		ClusterPlan cluster = plan.cluster(side);
		ClusterPlan peer = plan.cluster(side.other());
		List<String> lines = new ArrayList<>();
		lines.add("Helm values for Liqo " + V120Release.VERSION + " on " + cluster.name() + " (cluster " + side.name()
				+ ", " + cluster.label() + ", " + cluster.role().label().toLowerCase(java.util.Locale.ROOT)
				+ "), peered with " + peer.name() + ".");
		lines.add("Scenario: " + plan.scenario().title() + ".");
		lines.addAll(List.of(provenance.lines()));
		lines.add("");
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
		if (!cluster.missing().isEmpty()) {
			lines.add("");
			lines.add("NOT SET: the wizard did not know these values, and Liqo does not work without them.");
			for (MissingValue missing : cluster.missing()) {
				lines.add("- " + missing.what() + ".");
				lines.add("  How to find it: " + missing.howToFind() + ".");
			}
			lines.add("Add them in the wizard and download the files again: " + provenance.detailsUrl());
		}
		if (!cluster.environment().isEmpty()) {
			lines.add("");
			lines.add("Set at install from the environment, never written to a file:");
			for (EnvironmentInput input : cluster.environment()) {
				lines.add("- " + input.valuesPath() + " from " + input.variable() + ": " + input.description() + ".");
			}
		}
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
