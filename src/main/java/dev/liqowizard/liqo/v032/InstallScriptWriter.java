package dev.liqowizard.liqo.v032;

import java.util.List;

import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ShellScript;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.Side;

/**
 * Writes {@code install-<name>.sh} for Liqo v0.3.2: install with Helm, wait, NAT forwards, print
 * this cluster's peering values, peer with the other cluster when given its values, verify.
 * Commands and names come from {@code reference/liqo/v0.3-facts.md} and
 * {@code docs/research/v032-runtime.md}; every value from the answers is quoted by
 * {@link ShellScript}.
 */
final class InstallScriptWriter {

	private static final String LIQOCTL_RELEASE = "https://github.com/liqotech/liqo/releases/tag/"
			+ V032Release.VERSION;

	private final Plan plan;

	private final ClusterPlan cluster;

	private final ClusterPlan peer;

	private final Provenance provenance;

	private final ShellScript sh = new ShellScript();

	private InstallScriptWriter(Plan plan, Side side, Provenance provenance) {
		this.plan = plan;
		this.cluster = plan.cluster(side);
		this.peer = plan.cluster(side.other());
		this.provenance = provenance;
	}

	static String write(Plan plan, Side side, Provenance provenance) {
		return new InstallScriptWriter(plan, side, provenance).write();
	}

	static String fileName(ClusterPlan cluster) {
		return "install-" + cluster.name() + ".sh";
	}

	static String valuesFileName(ClusterPlan cluster) {
		return "values-" + cluster.name() + ".yaml";
	}

	private Network network() {
		return this.plan.network();
	}

	private boolean needsLiqoctl() {
		return network() != Network.LAN;
	}

	private String write() {
		header();
		this.sh.line("set -eu");
		this.sh.line("cd \"$(dirname \"$0\")\"");
		this.sh.blank();
		variables();
		preconditions();
		install();
		waitUntilReady();
		portForwards();
		peeringValues();
		peer();
		verify();
		return "#!/bin/sh\n" + this.sh.render();
	}

	private void header() {
		String name = this.cluster.name();
		String peerName = this.peer.name();
		this.sh.comment("Installs Liqo " + V032Release.VERSION + " on " + name + " (cluster "
				+ this.cluster.side().name() + ", " + this.cluster.label() + ") and peers it with " + peerName + ".");
		this.sh.comment("Scenario: " + this.plan.scenario().title() + ".");
		for (String line : this.provenance.lines()) {
			this.sh.comment(line);
		}
		this.sh.comment("");
		this.sh.comment("Run it in the folder of " + valuesFileName(this.cluster) + ", with the kubectl context of " + name
				+ ":");
		this.sh.comment("  sh " + fileName(this.cluster));
		this.sh.comment("It installs Liqo, waits until it is ready"
				+ (this.cluster.portForwards().isEmpty() ? "" : ", prints the port forwards for the NAT router")
				+ " and prints this cluster's peering values.");
		this.sh.comment("Run " + fileName(this.peer) + " on " + peerName + " too, then run each script again with the "
				+ "values the other printed, to peer:");
		this.sh.comment("  " + String.join(" ", peerVariables()) + " sh " + fileName(this.cluster));
		String tools = needsLiqoctl()
				? "kubectl, helm 3 and liqoctl " + V032Release.VERSION + " (" + LIQOCTL_RELEASE + ")"
				: "kubectl and helm 3";
		this.sh.comment("Needs " + tools + ". Running it again is safe: an installed Liqo is left as it is.");
	}

	private List<String> peerVariables() {
		return (network() == Network.LAN) ? List.of("PEER_CLUSTER_ID=...", "PEER_TOKEN=...")
				: List.of("PEER_AUTH_URL=...", "PEER_CLUSTER_ID=...", "PEER_TOKEN=...");
	}

	private void variables() {
		this.sh.line("cluster={}", this.cluster.name());
		this.sh.line("peer={}", this.peer.name());
		this.sh.line("script={}", fileName(this.cluster));
		this.sh.line("peer_script={}", fileName(this.peer));
		this.sh.line("values_file={}", valuesFileName(this.cluster));
		this.cluster.authUrl().ifPresent((url) -> this.sh.line("auth_url={}", url));
		if (network() != Network.LAN) {
			this.peer.authUrl().ifPresent((url) -> {
				this.sh.comment("The auth URL of " + this.peer.name() + " is known from the plan; PEER_AUTH_URL may "
						+ "still override it.");
				this.sh.line("PEER_AUTH_URL=${PEER_AUTH_URL:-{}}", url);
			});
		}
		if (!this.cluster.portForwards().isEmpty()) {
			this.sh.line("public_address={}",
					this.cluster.answers().address().map(HostAddress::value).orElse(""));
			for (PortForward forward : this.cluster.portForwards()) {
				this.sh.line(forwardVariable(forward.service()) + "={}", String.valueOf(forward.externalPort()));
			}
		}
		this.sh.blank();
	}

	private static String forwardVariable(Service service) {
		return switch (service) {
			case AUTH_SERVER -> "nat_auth_port";
			case API_SERVER, KUBERNETES_API_SERVER -> "nat_api_port";
			case NETWORK_GATEWAY -> "nat_gateway_port";
		};
	}

	private void preconditions() {
		this.sh.begin("for tool in kubectl helm" + (needsLiqoctl() ? " liqoctl" : "") + "; do");
		this.sh.begin("if ! command -v \"$tool\" >/dev/null 2>&1; then");
		this.sh.line("printf '%s: %s is needed but not installed.\\n' \"$script\" \"$tool\" >&2");
		this.sh.line("exit 1");
		this.sh.end("fi");
		this.sh.end("done");
		this.sh.begin("if [ ! -f \"$values_file\" ]; then");
		this.sh.line("printf '%s: %s is missing; keep it next to this script.\\n' \"$script\" \"$values_file\" >&2");
		this.sh.line("exit 1");
		this.sh.end("fi");
		if (!this.cluster.missing().isEmpty()) {
			this.sh.blank();
			this.sh.comment("The wizard did not know values that this install needs (see the top of the values file).");
			this.sh.line("incomplete={}", "yes");
			this.sh.begin("if [ \"$incomplete\" = 'yes' ]; then");
			this.sh.line("printf '%s cannot install yet. The wizard did not know:\\n' \"$script\" >&2");
			for (MissingValue missing : this.cluster.missing()) {
				this.sh.line("printf '  %s: %s\\n' {} {} >&2", missing.parameter(), missing.what());
			}
			this.sh.line("printf 'Add them in the wizard and download the files again:\\n  %s\\n' {} >&2",
					this.provenance.detailsUrl());
			this.sh.line("exit 1");
			this.sh.end("fi");
		}
		for (EnvironmentInput input : this.cluster.environment()) {
			this.sh.require(input.variable(), "set " + input.variable() + " to the " + input.description());
		}
		this.sh.line("printf 'Installing Liqo " + V032Release.VERSION
				+ " on %s, kubectl context %s.\\n' \"$cluster\" \"$(kubectl config current-context)\"");
		this.sh.blank();
	}

	private void install() {
		this.sh.comment("1. Install Liqo with Helm.");
		this.sh.line("helm repo add liqo https://helm.liqo.io/");
		this.sh.line("helm repo update");
		this.sh.begin("if helm status liqo --namespace liqo >/dev/null 2>&1; then");
		this.sh.line("printf 'Liqo is already installed on %s: leaving it as it is.\\n' \"$cluster\"");
		this.sh.between("else");
		List<EnvironmentInput> environment = this.cluster.environment();
		String install = "helm install liqo liqo/liqo --version " + this.plan.chartVersion()
				+ " -n liqo --create-namespace -f \"$values_file\"";
		if (environment.isEmpty()) {
			this.sh.line(install);
		}
		else {
			this.sh.line(install + " \\");
			for (int i = 0; i < environment.size(); i++) {
				EnvironmentInput input = environment.get(i);
				this.sh.line("  --set-string \"" + input.valuesPath() + "=$" + input.variable() + "\""
						+ ((i < environment.size() - 1) ? " \\" : ""));
			}
		}
		this.sh.end("fi");
		this.sh.blank();
	}

	private void waitUntilReady() {
		this.sh.comment("2. Wait until Liqo is ready: its Deployments and the liqo-route DaemonSet.");
		this.sh.line("kubectl -n liqo wait --for=condition=Available deployment --all --timeout=600s");
		this.sh.line("kubectl -n liqo rollout status daemonset/liqo-route --timeout=600s");
		this.sh.blank();
	}

	private void portForwards() {
		if (this.cluster.portForwards().isEmpty()) {
			return;
		}
		this.sh.comment("3. Port forwards on the NAT router. Chart " + V032Release.VERSION
				+ " cannot pin NodePorts: read the ones Kubernetes assigned.");
		this.sh.line("kubectl -n liqo get service liqo-auth liqo-gateway");
		this.sh.line("auth_node_port=$(kubectl -n liqo get service liqo-auth -o jsonpath='{.spec.ports[0].nodePort}')");
		this.sh.line(
				"gateway_node_port=$(kubectl -n liqo get service liqo-gateway -o jsonpath='{.spec.ports[0].nodePort}')");
		this.sh.line("printf '\\nForward these ports on the NAT router in front of %s (public address %s):\\n' "
				+ "\"$cluster\" \"$public_address\"");
		for (PortForward forward : this.cluster.portForwards()) {
			String variable = forwardVariable(forward.service());
			switch (forward.service()) {
				case AUTH_SERVER -> this.sh.line("printf '  TCP %s -> any node, port %s (liqo-auth NodePort)\\n' \"$"
						+ variable + "\" \"$auth_node_port\"");
				case API_SERVER -> this.sh.line("printf '  TCP %s -> the control-plane node, port "
						+ ClusterPlanner.API_SERVER_PORT + " (API server)\\n' \"$" + variable + "\"");
				case NETWORK_GATEWAY -> this.sh.line("printf '  UDP %s -> any node, port %s (liqo-gateway "
						+ "NodePort)\\n' \"$" + variable + "\" \"$gateway_node_port\"");
			}
		}
		this.sh.line("printf 'The peering with %s needs them: set them up before you run %s there.\\n' \"$peer\" "
				+ "\"$peer_script\"");
		this.sh.blank();
	}

	private void peeringValues() {
		this.sh.comment(step(4) + "This cluster's peering values, for " + fileName(this.peer) + ".");
		this.sh.line("cluster_id=$(kubectl -n liqo get configmap liqo-clusterid-configmap -o jsonpath='{.data.CLUSTER_ID}')");
		this.sh.line("token=$(kubectl -n liqo get secret auth-token -o go-template='{{.data.token | base64decode}}')");
		if (network() == Network.LAN) {
			this.sh.line("printf '\\nPeering values of %s. On %s, run:\\n' \"$cluster\" \"$peer\"");
			this.sh.line("printf \"  PEER_CLUSTER_ID='%s' PEER_TOKEN='%s' sh %s\\n\" \"$cluster_id\" \"$token\" "
					+ "\"$peer_script\"");
			this.sh.blank();
			return;
		}
		if (this.cluster.authUrl().isEmpty()) {
			if (this.cluster.service(Service.AUTH_SERVER).method().equals("LoadBalancer")) {
				this.sh.comment("The auth URL needs the LoadBalancer's address: wait until the cloud assigns it.");
				waitUntil("[ -n \"$(kubectl -n liqo get service liqo-auth -o jsonpath='{.status.loadBalancer.ingress[0]}')\" ]",
						60, "printf '%s: the liqo-auth LoadBalancer has no address after 5 minutes.\\n' \"$script\" >&2",
						"exit 1");
			}
			this.sh.comment("liqoctl computes the auth URL as Liqo advertises it.");
			this.sh.line("auth_url=$(liqoctl generate-add-command --only-command "
					+ "| sed -n 's/.* --auth-url \\([^ ]*\\) .*/\\1/p')");
		}
		this.sh.line("printf '\\nPeering values of %s. On %s, run:\\n' \"$cluster\" \"$peer\"");
		this.sh.line("printf \"  PEER_AUTH_URL='%s' PEER_CLUSTER_ID='%s' PEER_TOKEN='%s' sh %s\\n\" \"$auth_url\" "
				+ "\"$cluster_id\" \"$token\" \"$peer_script\"");
		this.sh.blank();
	}

	private void peer() {
		this.sh.comment(step(5) + switch (network()) {
			case INTERNET -> "Peer with " + this.peer.name() + ": liqoctl add cluster with its auth URL, cluster ID "
					+ "and token.";
			case ROUTED -> "Peer with " + this.peer.name() + " by hand: its token in a Secret and a ForeignCluster "
					+ "that points at its auth URL (what liqoctl add cluster would create).";
			case LAN -> "mDNS finds " + this.peer.name() + "; Liqo then waits for its token.";
		});
		this.sh.line("peered={}", "no");
		if (network() == Network.LAN) {
			waitForMdns();
		}
		this.sh.begin("if [ -n \"${PEER_CLUSTER_ID:-}\" ]; then");
		if (network() != Network.LAN) {
			this.sh.require("PEER_AUTH_URL", "set PEER_AUTH_URL to the auth URL printed by the script of the peer");
		}
		this.sh.require("PEER_TOKEN", "set PEER_TOKEN to the token printed by the script of the peer");
		if (network() == Network.INTERNET) {
			this.sh.line("liqoctl add cluster \"$peer\" --auth-url \"$PEER_AUTH_URL\" --id \"$PEER_CLUSTER_ID\" "
					+ "--token \"$PEER_TOKEN\"");
		}
		else {
			checkPeerValues();
			storeToken();
			if (network() == Network.ROUTED) {
				foreignCluster();
			}
		}
		this.sh.line("peered={}", "yes");
		this.sh.between("else");
		if (network() == Network.LAN) {
			this.sh.line("printf '\\nLiqo authenticates peers: the peering waits (authentication status EmptyDenied) "
					+ "until %s holds the token of %s.\\n' \"$cluster\" \"$peer\"");
		}
		this.sh.line("printf '\\nTo peer %s with %s: run %s on %s, then run this script again with the values it "
				+ "prints:\\n' \"$cluster\" \"$peer\" \"$peer_script\" \"$peer\"");
		this.sh.line("printf '  " + String.join(" ", peerVariables()) + " sh %s\\n' \"$script\"");
		this.sh.end("fi");
		this.sh.blank();
	}

	private void waitForMdns() {
		this.sh.line("printf '\\nWaiting for mDNS to find %s (up to 2 minutes)...\\n' \"$peer\"");
		waitUntil("[ -n \"$(kubectl get foreignclusters -o name 2>/dev/null)\" ]", 24,
				"printf 'No peer found yet: is Liqo installed on %s, in the same L2 network?\\n' \"$peer\"", "break");
		this.sh.line("kubectl get foreignclusters -o wide || true");
	}

	private void checkPeerValues() {
		this.sh.begin("case \"$PEER_CLUSTER_ID\" in");
		this.sh.line("*[!a-z0-9-]*) printf '%s: PEER_CLUSTER_ID is not a Liqo cluster ID.\\n' \"$script\" >&2; exit 1 ;;");
		this.sh.end("esac");
		if (network() == Network.ROUTED) {
			this.sh.begin("case \"$PEER_AUTH_URL\" in");
			this.sh.line("https://*) ;;");
			this.sh.line("*) printf '%s: PEER_AUTH_URL must start with https://.\\n' \"$script\" >&2; exit 1 ;;");
			this.sh.end("esac");
			this.sh.begin("case \"$PEER_AUTH_URL\" in");
			this.sh.line("*[!A-Za-z0-9.:/-]*) printf '%s: PEER_AUTH_URL has characters a URL of Liqo does not have."
					+ "\\n' \"$script\" >&2; exit 1 ;;");
			this.sh.end("esac");
		}
	}

	private void storeToken() {
		this.sh.comment("The token Secret that liqoctl add cluster would create: remote-token-<cluster ID>.");
		this.sh.line("kubectl -n liqo create secret generic \"remote-token-$PEER_CLUSTER_ID\" "
				+ "--from-literal=token=\"$PEER_TOKEN\" --dry-run=client -o yaml | kubectl apply -f -");
		this.sh.line("kubectl -n liqo label secret \"remote-token-$PEER_CLUSTER_ID\" --overwrite "
				+ "\"discovery.liqo.io/cluster-id=$PEER_CLUSTER_ID\" 'discovery.liqo.io/auth-token='");
	}

	private void foreignCluster() {
		this.sh.begin("{");
		this.sh.line("printf 'apiVersion: discovery.liqo.io/v1alpha1\\n'");
		this.sh.line("printf 'kind: ForeignCluster\\n'");
		this.sh.line("printf 'metadata:\\n'");
		this.sh.line("printf '  name: %s\\n' \"$peer\"");
		this.sh.line("printf '  labels:\\n'");
		this.sh.line("printf '    discovery.liqo.io/cluster-id: \"%s\"\\n' \"$PEER_CLUSTER_ID\"");
		this.sh.line("printf 'spec:\\n'");
		this.sh.line("printf '  foreignAuthUrl: \"%s\"\\n' \"$PEER_AUTH_URL\"");
		this.sh.line("printf '  outgoingPeeringEnabled: \"Yes\"\\n'");
		this.sh.line("printf '  incomingPeeringEnabled: \"Auto\"\\n'");
		this.sh.line("printf '  insecureSkipTLSVerify: true\\n'");
		this.sh.end("} | kubectl apply -f -");
	}

	private void verify() {
		this.sh.comment(step(6) + "Check the peering.");
		this.sh.begin("if [ \"$peered\" = 'yes' ]; then");
		this.sh.line("printf '\\nWaiting for the outgoing peering with %s (up to 5 minutes)...\\n' \"$peer\"");
		waitUntil("[ \"$(kubectl get foreignclusters -l \"discovery.liqo.io/cluster-id=$PEER_CLUSTER_ID\" "
				+ "-o jsonpath='{.items[0].status.peeringConditions[?(@.type==\"OutgoingPeering\")].status}' "
				+ "2>/dev/null || true)\" = 'Established' ]", 60,
				"printf '%s: the peering is not established after 5 minutes; see kubectl describe "
						+ "foreignclusters.\\n' \"$script\" >&2",
				"exit 1");
		this.sh.line("kubectl get foreignclusters");
		this.sh.line("kubectl get nodes");
		this.sh.end("fi");
		this.sh.line("printf '\\nCheck the peering at any time:\\n'");
		this.sh.line("printf '  kubectl get foreignclusters   # outgoing peering, networking, authentication: "
				+ "Established\\n'");
		this.sh.line("printf '  kubectl get nodes             # a virtual node liqo-<cluster ID of %s>\\n' \"$peer\"");
	}

	/**
	 * Polls a shell condition every 5 seconds; after {@code attempts} tries runs the timeout
	 * lines, which either stop the script or leave the loop.
	 */
	private void waitUntil(String condition, int attempts, String... onTimeout) {
		this.sh.line("tries=0");
		this.sh.begin("until " + condition + "; do");
		this.sh.line("tries=$((tries + 1))");
		this.sh.begin("if [ \"$tries\" -gt " + attempts + " ]; then");
		for (String line : onTimeout) {
			this.sh.line(line);
		}
		this.sh.end("fi");
		this.sh.line("sleep 5");
		this.sh.end("done");
	}

	private String step(int number) {
		// Without NAT forwards there is no step 3; the steps after it keep counting from there.
		return (this.cluster.portForwards().isEmpty() ? number - 1 : number) + ". ";
	}

}
