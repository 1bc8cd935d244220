package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ScriptPreamble;
import dev.liqowizard.artifact.ShellScript;
import dev.liqowizard.plan.Cidr;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.Side;

/**
 * Writes {@code install-<name>.sh} for Liqo v1.2.0: {@code liqoctl install <subcommand>} with
 * only the flags that subcommand has ({@code reference/liqo/v1-facts.md} 8.1 and 8.2), what the
 * wizard cannot know as variables the script requires, then a check that Liqo runs, the NAT
 * forwards to set, and the next step. Every value from the answers is quoted by {@link ShellScript}.
 */
final class InstallScriptWriter {

	static final String LIQOCTL_RELEASE = "https://github.com/liqotech/liqo/releases/tag/" + V120Release.VERSION;

	private final Plan plan;

	private final ClusterPlan cluster;

	private final ClusterPlan peer;

	private final Provenance provenance;

	private final InstallProvider installer;

	private final Reach reach;

	private final ShellScript sh = new ShellScript();

	private InstallScriptWriter(Plan plan, Side side, Provenance provenance) {
		this.plan = plan;
		this.cluster = plan.cluster(side);
		this.peer = plan.cluster(side.other());
		this.provenance = provenance;
		this.installer = InstallProvider.of(this.cluster.answers());
		this.reach = Reach.of(this.cluster.answers(), plan.network());
	}

	static String write(Plan plan, Side side, Provenance provenance) {
		return new InstallScriptWriter(plan, side, provenance).write();
	}

	private String write() {
		header();
		this.sh.line("set -eu");
		this.sh.blank();
		this.sh.line("script={}", FileNames.install(this.cluster));
		this.sh.line("cluster={}", this.cluster.name());
		this.sh.blank();
		preconditions();
		install();
		check();
		forwards();
		next();
		return "#!/bin/sh\n" + this.sh.render();
	}

	private void header() {
		String name = this.cluster.name();
		ScriptPreamble.header(this.sh, "Installs Liqo " + V120Release.VERSION + " on " + name + " (cluster "
				+ this.cluster.side().name() + ", " + this.cluster.label() + ", "
				+ this.cluster.role().label().toLowerCase(java.util.Locale.ROOT) + " of the peering with "
				+ this.peer.name() + ") with " + commandName() + ".", this.plan, this.provenance);
		this.sh.comment("Run it with the kubeconfig of " + name + ":");
		List<String> variables = new ArrayList<>(requiredVariables());
		variables.add("KUBECONFIG=" + name + ".kubeconfig");
		this.sh.comment("  " + String.join(" ", variables) + " sh " + FileNames.install(this.cluster));
		for (String line : variableHelp()) {
			this.sh.comment(line);
		}
		this.sh.comment("Needs kubectl and liqoctl " + V120Release.VERSION + " (" + LIQOCTL_RELEASE + ").");
		this.sh.comment("helm install with " + FileNames.values(this.cluster) + " makes the same installation: use one "
				+ "or the other. Running this again is safe: liqoctl install upgrades in place.");
		this.sh.comment("Then install " + this.peer.name() + " with " + FileNames.install(this.peer)
				+ " and peer the two with peer.sh (README.md).");
	}

	private String commandName() {
		return this.installer.subcommand().isEmpty()
				? ((this.installer == InstallProvider.KUBEADM_OR_GENERIC)
						? "liqoctl install kubeadm, or the generic liqoctl install" : "the generic liqoctl install")
				: "liqoctl install " + this.installer.subcommand();
	}

	/** Variables the script cannot run without, as the usage line shows them. */
	private List<String> requiredVariables() {
		List<String> variables = new ArrayList<>();
		switch (this.installer) {
			case AKS -> variables.addAll(List.of("AKS_SUBSCRIPTION_ID=...", "AKS_RESOURCE_GROUP=...",
					"AKS_RESOURCE_NAME=..."));
			case EKS -> variables.addAll(List.of("EKS_CLUSTER_REGION=...", "EKS_CLUSTER_NAME=..."));
			case GKE -> variables.addAll(List.of("GKE_CREDENTIALS_PATH=...", "GKE_PROJECT_ID=...",
					"GKE_CLUSTER_NAME=...", "GKE_ZONE=..."));
			case GENERIC -> {
				if (this.cluster.answers().effectivePodCidr().isEmpty()) {
					variables.add("POD_CIDR=...");
				}
				if (this.cluster.answers().effectiveServiceCidr().isEmpty()) {
					variables.add("SERVICE_CIDR=...");
				}
			}
			default -> {
			}
		}
		if (apiUrlFromVariable()) {
			variables.add("API_SERVER_URL=https://...");
		}
		return variables;
	}

	private List<String> variableHelp() {
		List<String> help = new ArrayList<>();
		switch (this.installer) {
			case AKS -> help.add("Log in with az login first; liqoctl reads the cluster's network from Azure.");
			case EKS -> help.add("liqoctl uses your AWS credentials (the AWS CLI's) to create the IAM user Liqo "
					+ "needs; the key stays in the cluster, never in a file here.");
			case GKE -> {
				help.add("GKE_CREDENTIALS_PATH is a service-account key file; give GKE_ZONE or GKE_REGION, not both.");
				help.add("The Liqo cluster ID stays " + this.cluster.name() + ": liqoctl install gke takes --cluster-id "
						+ "as the GKE cluster's name, so the script sets discovery.config.clusterID itself.");
			}
			case KUBEADM_OR_GENERIC -> help.add("Without a kube-controller-manager pod (many managed on-prem "
					+ "distributions) set POD_CIDR and SERVICE_CIDR; liqoctl install kubeadm reads them from that pod.");
			default -> {
			}
		}
		if (apiUrlFromVariable()) {
			help.add("API_SERVER_URL is the https URL where " + this.peer.name() + " reaches this API server.");
		}
		return help;
	}

	/** Whether the peer needs an advertised API URL that the answers do not give. */
	private boolean apiUrlFromVariable() {
		return apiUrlNeeded() && this.cluster.apiServerUrl().isEmpty();
	}

	private boolean apiUrlNeeded() {
		boolean provides = this.cluster.role().provides();
		return switch (this.reach) {
			case CLOUD -> this.installer == InstallProvider.GENERIC;
			case PUBLIC_ONPREM -> provides;
			case NAT_ONPREM -> !this.cluster.portForwards().isEmpty()
					&& this.cluster.portForwards().stream().anyMatch((f) -> f.service() == Service.KUBERNETES_API_SERVER);
			case PRIVATE_ONPREM -> false;
		};
	}

	private void preconditions() {
		ScriptPreamble.failFunction(this.sh);
		ScriptPreamble.toolCheck(this.sh, "kubectl", "liqoctl");
		switch (this.installer) {
			case AKS -> {
				this.sh.require("AKS_SUBSCRIPTION_ID", "set AKS_SUBSCRIPTION_ID to the ID of the Azure subscription of "
						+ this.cluster.name());
				this.sh.require("AKS_RESOURCE_GROUP", "set AKS_RESOURCE_GROUP to the resource group of the AKS cluster "
						+ this.cluster.name());
				this.sh.require("AKS_RESOURCE_NAME", "set AKS_RESOURCE_NAME to the Azure name of the AKS cluster "
						+ this.cluster.name());
			}
			case EKS -> {
				this.sh.require("EKS_CLUSTER_REGION", "set EKS_CLUSTER_REGION to the AWS region of the EKS cluster "
						+ this.cluster.name());
				this.sh.require("EKS_CLUSTER_NAME", "set EKS_CLUSTER_NAME to the name of the EKS cluster "
						+ this.cluster.name() + " in AWS");
			}
			case GKE -> gkePreconditions();
			case GENERIC -> {
				if (this.cluster.answers().effectivePodCidr().isEmpty()) {
					this.sh.require("POD_CIDR", "set POD_CIDR to the pod CIDR of " + this.cluster.name());
				}
				if (this.cluster.answers().effectiveServiceCidr().isEmpty()) {
					this.sh.require("SERVICE_CIDR", "set SERVICE_CIDR to the service CIDR of " + this.cluster.name());
				}
			}
			default -> {
			}
		}
		if (apiUrlFromVariable()) {
			this.sh.require("API_SERVER_URL", "set API_SERVER_URL to the https URL where " + this.peer.name()
					+ " reaches the API server of " + this.cluster.name() + ", like https://203.0.113.10:6443");
			this.sh.begin("case \"$API_SERVER_URL\" in");
			this.sh.line("https://*) ;;");
			this.sh.line("*) fail 'API_SERVER_URL must start with https://.' ;;");
			this.sh.end("esac");
		}
		this.sh.begin("if ! kubectl get --raw /version >/dev/null 2>&1; then");
		this.sh.line("fail \"the API server of $cluster does not answer: set KUBECONFIG to its kubeconfig.\"");
		this.sh.end("fi");
		this.sh.line("printf 'Installing Liqo " + V120Release.VERSION
				+ " on %s, kubectl context %s.\\n' \"$cluster\" \"$(kubectl config current-context 2>/dev/null || "
				+ "echo none)\"");
		this.sh.blank();
	}

	private void gkePreconditions() {
		this.sh.require("GKE_CREDENTIALS_PATH", "set GKE_CREDENTIALS_PATH to the service-account key file (JSON) for "
				+ this.cluster.name());
		this.sh.require("GKE_PROJECT_ID", "set GKE_PROJECT_ID to the GCP project of " + this.cluster.name());
		this.sh.require("GKE_CLUSTER_NAME", "set GKE_CLUSTER_NAME to the name of the GKE cluster "
				+ this.cluster.name() + " in GCP");
		this.sh.line("[ -r \"$GKE_CREDENTIALS_PATH\" ] || fail \"cannot read $GKE_CREDENTIALS_PATH.\"");
		this.sh.begin("if [ -n \"${GKE_ZONE:-}\" ] && [ -n \"${GKE_REGION:-}\" ]; then");
		this.sh.line("fail 'set GKE_ZONE or GKE_REGION, not both.'");
		this.sh.between("elif [ -n \"${GKE_ZONE:-}\" ]; then");
		this.sh.line("gke_location_flag=--zone");
		this.sh.line("gke_location=$GKE_ZONE");
		this.sh.between("elif [ -n \"${GKE_REGION:-}\" ]; then");
		this.sh.line("gke_location_flag=--region");
		this.sh.line("gke_location=$GKE_REGION");
		this.sh.between("else");
		this.sh.line("fail 'set GKE_ZONE (zonal cluster) or GKE_REGION (regional cluster).'");
		this.sh.end("fi");
	}

	private void install() {
		this.sh.comment("1. Install Liqo " + V120Release.VERSION + ": liqoctl installs the Helm chart, waits for it, "
				+ "and rolls back on failure.");
		if (this.installer == InstallProvider.KUBEADM_OR_GENERIC) {
			kubeadmOrGeneric();
		}
		else {
			command(this.installer).writeTo(this.sh);
		}
		this.sh.blank();
	}

	/** kubeadm reads the CIDRs from the kube-controller-manager pod; without one, the generic command. */
	private void kubeadmOrGeneric() {
		List<String> unknown = new ArrayList<>();
		if (this.cluster.answers().effectivePodCidr().isEmpty()) {
			unknown.add("POD_CIDR");
		}
		if (this.cluster.answers().effectiveServiceCidr().isEmpty()) {
			unknown.add("SERVICE_CIDR");
		}
		StringBuilder given = new StringBuilder();
		for (String variable : unknown) {
			given.append(given.isEmpty() ? "" : " && ").append("[ -n \"${").append(variable).append(":-}\" ]");
		}
		this.sh.begin("if " + given + "; then");
		command(InstallProvider.GENERIC).writeTo(this.sh);
		this.sh.between("elif kubectl -n kube-system get pods -l component=kube-controller-manager,tier=control-plane "
				+ "-o name 2>/dev/null | grep -q .; then");
		command(InstallProvider.KUBEADM_OR_GENERIC).writeTo(this.sh);
		this.sh.between("else");
		this.sh.line("fail {}", "there is no kube-controller-manager pod for liqoctl install kubeadm to read the CIDRs "
				+ "from: set " + String.join(" and ", unknown) + " (the range of pod IPs, the range of ClusterIPs).");
		this.sh.end("fi");
	}

	/** The install command; KUBEADM_OR_GENERIC stands for its kubeadm branch here. */
	private ShellCommand command(InstallProvider provider) {
		boolean kubeadm = provider == InstallProvider.KUBEADM_OR_GENERIC;
		ShellCommand command = new ShellCommand("liqoctl install" + (kubeadm ? " kubeadm"
				: provider.subcommand().isEmpty() ? "" : " " + provider.subcommand()));
		command.add("--version " + V120Release.VERSION);
		if (provider == InstallProvider.GKE) {
			// On gke --cluster-id is the GKE cluster's name; the Liqo ID is set through the chart value.
			command.add("--credentials-path \"$GKE_CREDENTIALS_PATH\"");
			command.add("--project-id \"$GKE_PROJECT_ID\"");
			command.add("--cluster-id \"$GKE_CLUSTER_NAME\"");
			command.add("\"$gke_location_flag\" \"$gke_location\"");
			command.add("--set {}", "discovery.config.clusterID=" + this.cluster.name());
			return command;
		}
		command.add("--cluster-id {}", this.cluster.name());
		switch (provider) {
			case AKS -> {
				command.add("--subscription-id \"$AKS_SUBSCRIPTION_ID\"");
				command.add("--resource-group-name \"$AKS_RESOURCE_GROUP\"");
				command.add("--resource-name \"$AKS_RESOURCE_NAME\"");
			}
			case EKS -> {
				command.add("--eks-cluster-region \"$EKS_CLUSTER_REGION\"");
				command.add("--eks-cluster-name \"$EKS_CLUSTER_NAME\"");
			}
			case K3S, GENERIC -> {
				cidr(command, "--pod-cidr", this.cluster.answers().effectivePodCidr(), "POD_CIDR");
				cidr(command, "--service-cidr", this.cluster.answers().effectiveServiceCidr(), "SERVICE_CIDR");
				apiUrl(command, provider == InstallProvider.GENERIC);
			}
			case KUBEADM_OR_GENERIC -> {
				// kubeadm has no --api-server-url: the chart value does the same.
				if (this.cluster.apiServerUrl().isPresent()) {
					command.add("--set {}", "apiServer.address=" + this.cluster.apiServerUrl().get());
				}
				else if (apiUrlFromVariable()) {
					command.add("--set \"apiServer.address=$API_SERVER_URL\"");
				}
			}
			default -> throw new IllegalStateException("no install command for " + provider);
		}
		return command;
	}

	private static void cidr(ShellCommand command, String flag, Optional<Cidr> cidr, String variable) {
		if (cidr.isPresent()) {
			command.add(flag + " {}", cidr.get().toString());
		}
		else {
			command.add(flag + " {$}", variable);
		}
	}

	private void apiUrl(ShellCommand command, boolean generic) {
		if (this.cluster.apiServerUrl().isPresent()) {
			command.add("--api-server-url {}", this.cluster.apiServerUrl().get());
		}
		else if (apiUrlFromVariable()) {
			command.add("--api-server-url \"$API_SERVER_URL\"");
		}
		else {
			return;
		}
		if (generic) {
			// The peer's URL rarely matches the kubeconfig's server, which the generic command compares it with.
			command.add("--disable-api-server-sanity-check");
		}
	}

	private void check() {
		this.sh.comment("2. Check that Liqo " + V120Release.VERSION + " runs and is healthy.");
		this.sh.line("liqoctl info");
		this.sh.line("version=$(liqoctl info -g local.version 2>/dev/null || true)");
		this.sh.begin("if [ \"$version\" != {} ]; then", V120Release.VERSION);
		this.sh.line("fail \"liqoctl info does not report Liqo " + V120Release.VERSION + " on $cluster.\"");
		this.sh.end("fi");
		this.sh.line("healthy=$(liqoctl info -g health.healthy 2>/dev/null || true)");
		this.sh.begin("if [ \"$healthy\" != 'true' ]; then");
		this.sh.line("fail \"Liqo on $cluster is not healthy yet: see liqoctl info and kubectl -n liqo get pods.\"");
		this.sh.end("fi");
		this.sh.blank();
	}

	private void forwards() {
		if (this.cluster.portForwards().isEmpty()) {
			return;
		}
		String router = this.cluster.answers().address().map(HostAddress::value).orElse("its public address");
		this.sh.comment("3. The port forwards on the NAT router that the peering needs.");
		this.sh.line("printf '\\nSet these forwards on the NAT router in front of %s (%s) before you run peer.sh:\\n' "
				+ "\"$cluster\" {}", router);
		for (PortForward forward : this.cluster.portForwards()) {
			this.sh.line("printf '  %s\\n' {}", forward.protocol() + " " + forward.externalPort() + " -> "
					+ forward.target() + " (" + forward.service().label() + ")");
		}
		this.sh.blank();
	}

	private void next() {
		this.sh.line("printf '\\nLiqo " + V120Release.VERSION + " runs on %s. Next: install %s with %s, then run "
				+ "peer.sh %s.\\n' \"$cluster\" {} {} {}", this.peer.name(), FileNames.install(this.peer),
				this.plan.operatorSite()
					.map((side) -> "inside the network of " + this.plan.cluster(side).name())
					.orElse("where both API servers answer"));
	}

}
