package dev.liqowizard.liqo.v120;

import java.util.List;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;

/** The bundle's {@code README.md} for v1.2.0: the table, then every step in order and where to run it. */
final class ReadmeWriter {

	private final Plan plan;

	private final Provenance provenance;

	private final StringBuilder out = new StringBuilder();

	private ReadmeWriter(Plan plan, Provenance provenance) {
		this.plan = plan;
		this.provenance = provenance;
	}

	static String write(Plan plan, Provenance provenance) {
		return new ReadmeWriter(plan, provenance).write();
	}

	private String write() {
		ClusterPlan a = this.plan.clusters().get(0);
		ClusterPlan b = this.plan.clusters().get(1);
		line("# Liqo " + V120Release.VERSION + ": " + a.name() + " and " + b.name());
		line("");
		line("**" + this.plan.scenario().title() + ".** " + this.plan.scenario().summary());
		line("");
		for (String provenanceLine : this.provenance.lines()) {
			line(provenanceLine + "  ");
		}
		line("");
		table();
		connections();
		before();
		steps();
		forwards();
		line("## Undo");
		line("");
		line("Run `sh " + FileNames.PEER_SCRIPT + " undo` where you ran " + FileNames.PEER_SCRIPT + ", with the same "
				+ "KUBECONFIG_A and KUBECONFIG_B: it unpeers each direction, then uninstalls Liqo from both clusters "
				+ "(`liqoctl uninstall --skip-confirm`). Unoffload offloaded namespaces first "
				+ "(`liqoctl unoffload namespace NAME`).");
		line("");
		line("## Notes");
		line("");
		list(null, this.plan.notes());
		for (ClusterPlan cluster : this.plan.clusters()) {
			list("### " + cluster.columnTitle() + ": " + cluster.name(), cluster.notes());
		}
		list("## Limits of Liqo " + V120Release.VERSION + " here", this.plan.limitations());
		line("## Files");
		line("");
		for (ClusterPlan cluster : this.plan.clusters()) {
			line("- `" + FileNames.values(cluster) + "`: Helm values of " + cluster.name() + " (the Helm route)");
		}
		for (ClusterPlan cluster : this.plan.clusters()) {
			line("- `" + FileNames.install(cluster) + "`: liqoctl install on " + cluster.name());
		}
		line("- `" + FileNames.PEER_SCRIPT + "`: checks, liqoctl peer, verification; `undo` tears down");
		line("- `" + FileNames.TOPOLOGY + "`: the diagram");
		line("- `" + FileNames.README + "`: this file");
		return this.out.toString();
	}

	private void table() {
		line("## How each cluster takes part");
		line("");
		StringBuilder header = new StringBuilder("| |");
		StringBuilder rule = new StringBuilder("| --- |");
		for (ClusterPlan cluster : this.plan.clusters()) {
			header.append(' ').append(cluster.columnTitle()).append(" |");
			rule.append(" --- |");
		}
		line(header.toString());
		line(rule.toString());
		StringBuilder roles = new StringBuilder("| **Role** |");
		for (ClusterPlan cluster : this.plan.clusters()) {
			roles.append(' ').append(cluster.role().label()).append(" |");
		}
		line(roles.toString());
		for (Service service : this.plan.services()) {
			StringBuilder row = new StringBuilder("| **" + service.label() + "** |");
			for (ClusterPlan cluster : this.plan.clusters()) {
				row.append(' ').append(cluster.exposure(service)).append(" |");
			}
			line(row.toString());
		}
		line("");
	}

	private void connections() {
		line("## Who reaches whom");
		line("");
		for (Link link : this.plan.links()) {
			String from = this.plan.cluster(link.from()).name();
			String to = this.plan.cluster(link.to()).name();
			String via = switch (link.via()) {
				case DIRECT -> "directly";
				case IN_BAND -> "in-band, through the tunnel (`--in-band`)";
				case PORT_FORWARD -> "through the forward on the NAT router of " + to;
			};
			String what = (link.service() == Service.NETWORK_GATEWAY)
					? "The gateway client on " + from + " dials the gateway server on " + to + " (" + link.protocol() + ")"
					: from + " reaches the Kubernetes API server of " + to;
			line("- " + what + ", " + via + ".");
		}
		line("");
	}

	private void before() {
		line("## Before you start");
		line("");
		line("- `kubectl` and `liqoctl` " + V120Release.VERSION + " (" + InstallScriptWriter.LIQOCTL_RELEASE
				+ ", or `brew install liqoctl`); `helm` only for the Helm route.");
		line("- A kubeconfig file for each cluster, both usable from the machine that runs `" + FileNames.PEER_SCRIPT
				+ "`" + this.plan.operatorSite()
					.map((side) -> ": inside the network of " + this.plan.cluster(side).name())
					.orElse("") + ".");
		for (ClusterPlan cluster : this.plan.clusters()) {
			for (MissingValue missing : cluster.missing()) {
				line("- **Missing:** " + missing.what() + ". How to find it: "
						+ missing.howToFind() + ". Add it in the wizard and download again: "
						+ this.provenance.detailsUrl());
			}
			for (EnvironmentInput input : cluster.environment()) {
				line("- Helm route on " + cluster.name() + ": export `" + input.variable() + "`, the "
						+ input.description() + ".");
			}
		}
		line("");
	}

	private void steps() {
		line("## Steps");
		line("");
		int number = 1;
		for (ClusterPlan cluster : this.plan.clusters()) {
			line(number++ + ". With the kubeconfig of " + cluster.name() + ", run `sh " + FileNames.install(cluster)
					+ "` (`liqoctl install`; the script says which variables it needs). Or the Helm route: `helm "
					+ "install liqo liqo/liqo --version " + this.plan.chartVersion() + " -n liqo --create-namespace -f "
					+ FileNames.values(cluster) + "` after `helm repo add liqo https://helm.liqo.io/`.");
		}
		for (ClusterPlan cluster : this.plan.clusters()) {
			if (!cluster.portForwards().isEmpty()) {
				line(number++ + ". Set the port forwards on the NAT router in front of " + cluster.name()
						+ " (below).");
			}
		}
		line(number++ + ". " + this.plan.discovery().steps().get(1));
		line(number + ". " + this.plan.discovery().steps().get(2));
		line("");
	}

	private void forwards() {
		for (ClusterPlan cluster : this.plan.clusters()) {
			if (cluster.portForwards().isEmpty()) {
				continue;
			}
			line("## Port forwards on the NAT router in front of " + cluster.name()
					+ cluster.answers().address().map((HostAddress address) -> " (" + address + ")").orElse(""));
			line("");
			line("| External port | Protocol | Target |");
			line("| --- | --- | --- |");
			for (PortForward forward : cluster.portForwards()) {
				line("| " + forward.externalPort() + " | " + forward.protocol() + " | " + forward.target() + " ("
						+ forward.service().label() + ") |");
			}
			line("");
		}
	}

	private void list(String heading, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		if (heading != null) {
			line(heading);
			line("");
		}
		for (String item : items) {
			line("- " + item);
		}
		line("");
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
