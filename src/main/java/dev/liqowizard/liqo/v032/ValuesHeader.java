package dev.liqowizard.liqo.v032;

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

/** The comment block on top of {@code values-<name>.yaml}: what it is for, and what it lacks. */
final class ValuesHeader {

	private ValuesHeader() {
	}

	static List<String> lines(Plan plan, Side side, Provenance provenance) {
		ClusterPlan cluster = plan.cluster(side);
		ClusterPlan peer = plan.cluster(side.other());
		List<String> lines = new ArrayList<>();
		lines.add("Helm values for Liqo " + V032Release.VERSION + " on " + cluster.name() + " (cluster "
				+ side.name() + ", " + cluster.label() + "), peered with " + peer.name() + ".");
		lines.add("Scenario: " + plan.scenario().title() + ".");
		lines.addAll(List.of(provenance.lines()));
		lines.add("");
		lines.add("Install: helm install liqo liqo/liqo --version " + plan.chartVersion()
				+ " -n liqo --create-namespace -f " + FileNames.values(cluster));
		lines.add(FileNames.install(cluster) + " runs this, waits for Liqo and does the peering steps.");
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
			lines.add("Kubernetes assigns the NodePorts at install: kubectl get svc -n liqo liqo-auth liqo-gateway");
		}
		return lines;
	}

}
