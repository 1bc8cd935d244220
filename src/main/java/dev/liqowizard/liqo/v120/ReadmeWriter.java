package dev.liqowizard.liqo.v120;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ReadmeSections;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Service;

/** The bundle's {@code README.md} for v1.2.0: the table, then every step in order and where to run it. */
final class ReadmeWriter {

	private final Plan plan;

	private final ReadmeSections readme;

	private ReadmeWriter(Plan plan, Provenance provenance) {
		this.plan = plan;
		this.readme = new ReadmeSections(plan, provenance);
	}

	static String write(Plan plan, Provenance provenance) {
		return new ReadmeWriter(plan, provenance).write();
	}

	private String write() {
		this.readme.title(V120Release.VERSION);
		this.readme.exposureTable("## How each cluster takes part", true);
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
		this.readme.notes("## Limits of Liqo " + V120Release.VERSION + " here");
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
		return this.readme.text();
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
			this.readme.missingValues(cluster);
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
			this.readme.forwardTable(cluster);
		}
	}

	private void line(String text) {
		this.readme.line(text);
	}

}
