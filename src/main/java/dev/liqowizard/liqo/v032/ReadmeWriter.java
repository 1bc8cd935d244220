package dev.liqowizard.liqo.v032;

import java.util.List;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ReadmeSections;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;

/** The bundle's {@code README.md}: the table, then every step in the order to do it. */
final class ReadmeWriter {

	private final Plan plan;

	private final ReadmeSections readme;

	private ReadmeWriter(Plan plan, Provenance provenance) {
		this.plan = plan;
		this.readme = new ReadmeSections(plan, provenance);
	}

	static String write(Plan plan, Provenance provenance, List<String> fileNames) {
		return new ReadmeWriter(plan, provenance).write(fileNames);
	}

	private String write(List<String> fileNames) {
		this.readme.title(V032Release.VERSION);
		this.readme.exposureTable("## How each service is exposed", false);
		before();
		steps();
		forwards();
		dnsDiscovery();
		verify();
		this.readme.notes("## What Liqo " + V032Release.VERSION + " cannot do here");
		line("## Files");
		line("");
		for (String name : fileNames) {
			line("- `" + name + "`");
		}
		return this.readme.text();
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
			this.readme.missingValues(cluster);
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
			this.readme.forwardTable(cluster);
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

	private void line(String text) {
		this.readme.line(text);
	}

}
