package dev.liqowizard.liqo.v032;

import java.util.List;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;

/** The bundle's {@code README.md}: the table, then every step in the order to do it. */
final class ReadmeWriter {

	private final Plan plan;

	private final Provenance provenance;

	private final StringBuilder out = new StringBuilder();

	private ReadmeWriter(Plan plan, Provenance provenance) {
		this.plan = plan;
		this.provenance = provenance;
	}

	static String write(Plan plan, Provenance provenance, List<String> fileNames) {
		return new ReadmeWriter(plan, provenance).write(fileNames);
	}

	private String write(List<String> fileNames) {
		ClusterPlan a = this.plan.clusters().get(0);
		ClusterPlan b = this.plan.clusters().get(1);
		line("# Liqo " + V032Release.VERSION + ": " + a.name() + " and " + b.name());
		line("");
		line("**" + this.plan.scenario().title() + ".** " + this.plan.scenario().summary());
		line("");
		for (String provenanceLine : this.provenance.lines()) {
			line(provenanceLine + "  ");
		}
		line("");
		table();
		before();
		steps();
		forwards();
		dnsDiscovery();
		verify();
		line("## Notes");
		line("");
		list(null, this.plan.notes());
		for (ClusterPlan cluster : this.plan.clusters()) {
			list("### " + cluster.columnTitle() + ": " + cluster.name(), cluster.notes());
		}
		list("## What Liqo " + V032Release.VERSION + " cannot do here", this.plan.limitations());
		line("## Files");
		line("");
		for (String name : fileNames) {
			line("- `" + name + "`");
		}
		return this.out.toString();
	}

	private void table() {
		line("## How each service is exposed");
		line("");
		StringBuilder header = new StringBuilder("| |");
		StringBuilder rule = new StringBuilder("| --- |");
		for (ClusterPlan cluster : this.plan.clusters()) {
			header.append(' ').append(cluster.columnTitle()).append(" |");
			rule.append(" --- |");
		}
		line(header.toString());
		line(rule.toString());
		for (Service service : this.plan.services()) {
			StringBuilder row = new StringBuilder("| **" + service.label() + "** |");
			for (ClusterPlan cluster : this.plan.clusters()) {
				row.append(' ').append(cluster.exposure(service)).append(" |");
			}
			line(row.toString());
		}
		line("");
	}

	private void before() {
		line("## Before you start");
		line("");
		line("- `kubectl` and `helm` (3.7 or newer), with a kubectl context for each cluster. `curl` on this machine "
				+ "is used when no curl pod (`" + InstallScriptWriter.CURL_IMAGE + "`) can run in a cluster.");
		if (this.plan.network() != Network.LAN) {
			line("- `liqoctl` " + V032Release.VERSION + ", from https://github.com/liqotech/liqo/releases/tag/"
					+ V032Release.VERSION + " (use the liqoctl of the release you install).");
		}
		for (ClusterPlan cluster : this.plan.clusters()) {
			for (MissingValue missing : cluster.missing()) {
				line("- **Missing:** " + missing.what() + ". How to find it: "
						+ missing.howToFind() + ". Add it in the wizard and download again: "
						+ this.provenance.detailsUrl());
			}
			for (EnvironmentInput input : cluster.environment()) {
				line("- On " + cluster.name() + ", export `" + input.variable() + "`: " + input.description() + ".");
			}
		}
		line("");
	}

	private void steps() {
		line("## Steps");
		line("");
		int number = 1;
		for (ClusterPlan cluster : this.plan.clusters()) {
			line(number++ + ". With the kubectl context of " + cluster.name() + ", run `sh "
					+ FileNames.install(cluster) + "`. It shows the context and API server it is about "
					+ "to change and asks before going on (`--yes` skips the question), installs Liqo with `"
					+ FileNames.values(cluster) + "` (`helm upgrade --install liqo liqo/liqo "
					+ "--version " + this.plan.chartVersion() + " -n liqo --create-namespace -f "
					+ FileNames.values(cluster) + "`: a second run applies the current values to "
					+ "an installed Liqo " + V032Release.VERSION + ", and stops if another version is installed), "
					+ "waits until it is ready"
					+ (cluster.portForwards().isEmpty() ? "" : ", prints the port forwards to set on the router")
					+ " and prints the cluster's peering values.");
		}
		for (ClusterPlan cluster : this.plan.clusters()) {
			if (!cluster.portForwards().isEmpty()) {
				line(number++ + ". Set up the port forwards on the router in front of " + cluster.name()
						+ " (table below) with the NodePorts that " + FileNames.install(cluster)
						+ " printed: the peering with " + this.plan.cluster(cluster.side().other()).name()
						+ " needs them.");
			}
		}
		for (String step : this.plan.discovery().steps().subList(1, this.plan.discovery().steps().size())) {
			line(number++ + ". " + step);
		}
		line("");
	}

	private void forwards() {
		for (ClusterPlan cluster : this.plan.clusters()) {
			if (cluster.portForwards().isEmpty()) {
				continue;
			}
			line("## Port forwards on the NAT router in front of " + cluster.name());
			line("");
			line("| External port | Protocol | Target |");
			line("| --- | --- | --- |");
			for (PortForward forward : cluster.portForwards()) {
				line("| " + forward.externalPort() + " | " + forward.protocol() + " | " + forward.target() + " ("
						+ forward.service().label() + ") |");
			}
			line("");
			line("Chart " + V032Release.VERSION + " cannot pin NodePorts. After the install, read them with "
					+ "`kubectl get svc -n liqo liqo-auth liqo-gateway` (the install script prints them) and point "
					+ "the forwards at them.");
			line("");
		}
	}

	private void dnsDiscovery() {
		if (this.plan.network() != Network.ROUTED) {
			return;
		}
		line("## DNS discovery instead of a known auth URL");
		line("");
		line("Liqo " + V032Release.VERSION + " can find peers through DNS: a SearchDomain names a DNS domain; "
				+ "Liqo looks up its PTR records, then the SRV record each one points to, whose target and port make "
				+ "the auth URL `https://<target>:<port>`. There is no chart value for this: create the "
				+ "SearchDomain on the cluster that looks, and the records in a zone that its cluster DNS resolves.");
		line("");
		line("```yaml");
		// Every string double-quoted, as Helm and kubectl read YAML 1.1.
		line("apiVersion: \"discovery.liqo.io/v1alpha1\"");
		line("kind: \"SearchDomain\"");
		line("metadata:");
		line("  name: \"peers\"");
		line("spec:");
		line("  domain: \"<your-domain>\"        # for example \"liqo.example.com\"");
		line("  autojoin: true");
		line("```");
		line("");
		line("Records, one set per cluster to be found (here for each of " + this.plan.clusters().get(0).name()
				+ " and " + this.plan.clusters().get(1).name() + "):");
		line("");
		line("```");
		for (ClusterPlan cluster : this.plan.clusters()) {
			line("<your-domain>.                  PTR  " + cluster.name() + ".<your-domain>.");
			line(cluster.name() + ".<your-domain>.    SRV  0 0 <liqo-auth port of " + cluster.name() + "> <auth host of "
					+ cluster.name() + ">.");
			line("<auth host of " + cluster.name() + ">.  A    <its address>");
		}
		line("```");
		line("");
		line("The port is the liqo-auth NodePort (`kubectl get svc -n liqo liqo-auth`) or 443 for a LoadBalancer. "
				+ "The discovered cluster is a ForeignCluster already, but Liqo still needs its token, and its "
				+ "outgoing peering must be on. Run the install script with the peer's `PEER_AUTH_URL`, "
				+ "`PEER_CLUSTER_ID` and `PEER_TOKEN`: `liqoctl add cluster` finds the discovered ForeignCluster "
				+ "by cluster ID, stores the token and sets its outgoing peering to `Yes` (do not apply a second "
				+ "ForeignCluster: Liqo skips it as a repetition). With `autojoin: true` the outgoing peering is "
				+ "already on once the token is there; otherwise turn it on by hand:");
		line("");
		line("```sh");
		line("kubectl get foreignclusters -l discovery.liqo.io/cluster-id=<cluster ID of the peer>");
		line("kubectl patch foreignclusters <its name> --type merge -p '{\"spec\":{\"outgoingPeeringEnabled\":\"Yes\"}}'");
		line("```");
		line("");
	}

	private void verify() {
		line("## Check the peering");
		line("");
		line("```sh");
		line("kubectl get foreignclusters   # outgoing peering, networking, authentication: Established");
		line("kubectl get nodes             # a virtual node liqo-<cluster ID of the peer>, Ready");
		line("```");
		line("");
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
