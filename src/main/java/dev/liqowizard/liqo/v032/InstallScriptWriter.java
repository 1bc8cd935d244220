package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ScriptPreamble;
import dev.liqowizard.artifact.ShellScript;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.Side;

/**
 * Writes {@code install-<name>.sh} for Liqo v0.3.2: show the cluster it is about to change, install
 * or upgrade with Helm, wait, NAT forwards, print this cluster's peering values, check the peer's
 * auth service and peer with it when given its values, verify down to the virtual node. Commands and
 * names come from {@code reference/liqo/v0.3-facts.md} (section 7 first) and
 * {@code docs/research/v032-runtime.md}; every value from the answers is quoted by
 * {@link ShellScript}, and every value the script reads at run time is validated before it is
 * reused or printed as shell.
 */
final class InstallScriptWriter {

	private static final String LIQOCTL_RELEASE = "https://github.com/liqotech/liqo/releases/tag/"
			+ V032Release.VERSION;

	static final String HELM_REPO = "https://helm.liqo.io/";

	/** The image of the preflight pod, pinned by tag. */
	static final String CURL_IMAGE = "curlimages/curl:8.11.1";

	private static final int POLL_SECONDS = 5;

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
		functions();
		arguments();
		preconditions();
		peerValues();
		rightCluster();
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
		ScriptPreamble.header(this.sh, "Installs Liqo " + V032Release.VERSION + " on " + name + " (cluster "
				+ this.cluster.side().name() + ", " + this.cluster.label() + ") and peers it with " + peerName + ".",
				this.plan, this.provenance);
		this.sh.comment("Run it in the folder of " + FileNames.values(this.cluster) + ", with the kubectl context of " + name
				+ ":");
		this.sh.comment("  sh " + FileNames.install(this.cluster) + " [--yes]");
		this.sh.comment("It shows the kubectl context and API server it is about to change and asks before going on "
				+ "(--yes skips the question, for automation).");
		this.sh.comment("It installs Liqo, waits until it is ready"
				+ (this.cluster.portForwards().isEmpty() ? "" : ", prints the port forwards for the NAT router")
				+ " and prints this cluster's peering values.");
		this.sh.comment("Run " + FileNames.install(this.peer) + " on " + peerName + " too, then run each script again with the "
				+ "values the other printed, to peer:");
		this.sh.comment("  " + String.join(" ", peerVariables()) + " sh " + FileNames.install(this.cluster));
		String tools = needsLiqoctl()
				? "kubectl, helm 3.7 or newer and liqoctl " + V032Release.VERSION + " (" + LIQOCTL_RELEASE + ")"
				: "kubectl and helm 3.7 or newer";
		this.sh.comment("Needs " + tools + "; curl is used when no curl pod can run in the cluster.");
		this.sh.comment("Running it again applies the current values to an installed Liqo " + V032Release.VERSION
				+ " (helm upgrade --install); another installed version stops it.");
	}

	private List<String> peerVariables() {
		return (network() == Network.LAN) ? List.of("PEER_CLUSTER_ID=...", "PEER_TOKEN=...")
				: List.of("PEER_AUTH_URL=...", "PEER_CLUSTER_ID=...", "PEER_TOKEN=...");
	}

	private void variables() {
		this.sh.line("cluster={}", this.cluster.name());
		this.sh.line("peer={}", this.peer.name());
		this.sh.line("script={}", FileNames.install(this.cluster));
		this.sh.line("peer_script={}", FileNames.install(this.peer));
		this.sh.line("values_file={}", FileNames.values(this.cluster));
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

	/** The shell functions the script uses, each written once. */
	private void functions() {
		this.sh.comment("Stops the script with a message.");
		ScriptPreamble.failFunction(this.sh);
		this.sh.blank();
		this.sh.quoteFunction();
		this.sh.blank();
		this.sh.comment("Prints the output of a command the script reads (the command after $1, which says what it "
				+ "reads);\nstops with a message when the command fails or prints nothing. Use it as x=$(output_of ...).");
		this.sh.begin("output_of() {");
		this.sh.line("what=$1");
		this.sh.line("shift");
		this.sh.line("output=$(\"$@\") || fail \"could not read $what: $1 failed (its message is above)\"");
		this.sh.line("[ -n \"$output\" ] || fail \"could not read $what: $1 printed nothing\"");
		this.sh.line("printf '%s\\n' \"$output\"");
		this.sh.end("}");
		this.sh.blank();
		this.sh.comment("Stop the script unless $2 has the form of its kind; $1 says where the value came from.\n"
				+ "Liqo cluster IDs are UUIDs, lowercase (the chart's uuidv4).");
		this.sh.begin("check_cluster_id() {");
		this.sh.begin("case \"$2\" in");
		this.sh.line("''|*[!0-9a-f-]*) fail \"$1 is not a Liqo cluster ID: a UUID such as "
				+ "0f6b7a3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c was expected\" ;;");
		this.sh.end("esac");
		this.sh.line("printf '%s\\n' \"$2\" | grep -Eqx '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' "
				+ "|| fail \"$1 is not a Liqo cluster ID: a UUID such as 0f6b7a3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c was "
				+ "expected\"");
		this.sh.end("}");
		this.sh.comment("Liqo tokens are hexadecimal (random bytes printed with %x by the auth service).");
		this.sh.begin("check_token() {");
		this.sh.begin("case \"$2\" in");
		this.sh.line("''|*[!0-9a-f]*) fail \"$1 is not a Liqo token: only hexadecimal digits 0-9 and a-f were "
				+ "expected\" ;;");
		this.sh.end("esac");
		this.sh.end("}");
		this.sh.comment("An auth URL is https://<host>[:<port>], and the ForeignCluster CRD's pattern for "
				+ "foreignAuthUrl must match it:\na dot followed by 1 to 6 letters or digits that end a word "
				+ "(an IP address, or a name whose last label is that short).");
		this.sh.begin("check_auth_url() {");
		this.sh.begin("case \"$2\" in");
		this.sh.line("''|*[!A-Za-z0-9.:/-]*) fail \"$1 is not an auth URL of Liqo: only letters, digits and . : / - "
				+ "were expected\" ;;");
		this.sh.end("esac");
		this.sh.line("printf '%s\\n' \"$2\" | grep -Eqx 'https://[A-Za-z0-9.-]+(:[0-9]{1,5})?' "
				+ "|| fail \"$1 is not an auth URL of Liqo: https://<host> or https://<host>:<port> was expected\"");
		this.sh.line("printf '%s\\n' \"$2\" | grep -Eq '^https://(www\\.)?[-a-zA-Z0-9@:%._+~#=]+\\.[a-zA-Z0-9()]{1,6}"
				+ "([^A-Za-z0-9_]|$)' || fail \"$1 does not match the foreignAuthUrl pattern of the ForeignCluster "
				+ "CRD: use an IP address or a name whose last label has at most 6 letters or digits\"");
		this.sh.end("}");
		preflightFunction();
		this.sh.blank();
	}

	private void preflightFunction() {
		this.sh.comment("Checks that the auth service at $1 answers GET $1/ids with the cluster ID $2: from a "
				+ "short-lived curl pod in\nthis cluster when one can run (the cluster is what must reach the peer), "
				+ "else from this machine with curl.");
		this.sh.begin("check_auth_service() {");
		this.sh.line("preflight_pod=\"liqo-preflight-$$\"");
		this.sh.comment("The pod's curl prints a marker line even when it cannot connect: no marker means no pod ran.");
		this.sh.line("ids=$(kubectl -n liqo run \"$preflight_pod\" --rm -i --quiet --restart=Never --image={} "
				+ "--pod-running-timeout=2m --command -- curl -sSk --max-time 10 -w '\\npreflight-http-code=%{http_code}"
				+ "\\n' \"$1/ids\" </dev/null 2>/dev/null || true)", CURL_IMAGE);
		this.sh.line("kubectl -n liqo delete pod \"$preflight_pod\" --ignore-not-found --wait=false >/dev/null 2>&1 "
				+ "|| true");
		this.sh.begin("case \"$ids\" in");
		this.sh.line("*preflight-http-code=*) checked_from=\"inside $cluster (a short-lived curl pod)\" ;;");
		this.sh.begin("*)");
		this.sh.begin("if ! command -v curl >/dev/null 2>&1; then");
		this.sh.line("printf '\\nWarning: no curl pod could run in %s and curl is not installed here: the auth "
				+ "service of %s was not checked.\\n' \"$cluster\" \"$peer\" >&2");
		this.sh.line("return 0");
		this.sh.end("fi");
		this.sh.line("ids=$(curl -sSk --max-time 10 -w '\\npreflight-http-code=%{http_code}\\n' \"$1/ids\" "
				+ "2>/dev/null || true)");
		this.sh.line("checked_from=\"this machine (no curl pod could run in $cluster)\"");
		this.sh.end(";;");
		this.sh.end("esac");
		this.sh.line("printf '\\nChecked %s/ids from %s.\\n' \"$1\" \"$checked_from\"");
		this.sh.comment("pkg/auth/ids.go: {\"clusterId\":\"...\",\"clusterName\":\"...\"}.");
		this.sh.line("answered_id=$(printf '%s\\n' \"$ids\" | sed -n 's/.*\"clusterId\" *: *\"\\([^\"]*\\)\".*/\\1/p')");
		this.sh.begin("if [ \"$answered_id\" = \"$2\" ]; then");
		this.sh.line("printf 'The auth service of %s answers with the expected cluster ID.\\n' \"$peer\"");
		this.sh.line("return 0");
		this.sh.end("fi");
		this.sh.begin("if [ -n \"$answered_id\" ]; then");
		this.sh.line("fail \"the auth service at $1 answers with another cluster ID than PEER_CLUSTER_ID: check that "
				+ "both values come from the same run of $peer_script\"");
		this.sh.end("fi");
		this.sh.line("http_code=$(printf '%s\\n' \"$ids\" | sed -n 's/^preflight-http-code=\\([0-9]*\\)$/\\1/p')");
		this.sh.line("printf '%s: the auth service of %s at %s did not answer with a cluster ID (HTTP status %s, "
				+ "000 means no connection). Check:\\n' \"$script\" \"$peer\" \"$1\" \"${http_code:-none}\" >&2");
		for (String check : authChecks()) {
			this.sh.line("printf '  - %s\\n' {} >&2", check);
		}
		this.sh.line("exit 1");
		this.sh.end("}");
	}

	/** What to check when the peer's auth service does not answer, from how the peer exposes it. */
	private List<String> authChecks() {
		List<String> checks = new ArrayList<>();
		String name = this.peer.name();
		Optional<PortForward> forward = this.peer.portForwards()
			.stream()
			.filter((rule) -> rule.service() == Service.AUTH_SERVER)
			.findFirst();
		if (network() == Network.LAN) {
			checks.add("that " + name + " is in the same L2 network and its liqo-auth NodePort is reachable");
		}
		else if (forward.isPresent()) {
			checks.add("the port forward on the NAT router in front of " + name + ": TCP " + forward.get().externalPort()
					+ " to the liqo-auth NodePort that " + FileNames.install(this.peer) + " printed");
		}
		else {
			switch (this.peer.service(Service.AUTH_SERVER).method()) {
				case "LoadBalancer" -> checks.add("the LoadBalancer address of liqo-auth on " + name
						+ " (kubectl -n liqo get service liqo-auth there): it must be the host of the auth URL");
				case "Ingress" -> checks.add("the Ingress of liqo-auth on " + name + ": the DNS name of its host, and "
						+ "that the ingress controller serves it (kubectl -n liqo get ingress there)");
				default -> checks.add("the liqo-auth NodePort on " + name + " (kubectl -n liqo get service liqo-auth "
						+ "there) and that its nodes are reachable at the host of the auth URL");
			}
		}
		checks.add("a firewall or security group between " + this.cluster.name() + " and " + name
				+ " that drops TCP to the auth port");
		checks.add("that liqo-auth runs on " + name + " (kubectl -n liqo get pods there)");
		return checks;
	}

	private void arguments() {
		this.sh.line("assume_yes={}", "no");
		this.sh.begin("for argument in \"$@\"; do");
		this.sh.begin("case \"$argument\" in");
		this.sh.line("--yes|-y) assume_yes='yes' ;;");
		this.sh.line("*) fail 'unknown argument; the only option is --yes (go on without asking)' ;;");
		this.sh.end("esac");
		this.sh.end("done");
		this.sh.blank();
	}

	private void preconditions() {
		this.sh.begin("for tool in kubectl helm" + (needsLiqoctl() ? " liqoctl" : "") + "; do");
		this.sh.begin("if ! command -v \"$tool\" >/dev/null 2>&1; then");
		this.sh.line("fail \"$tool is needed but not installed\"");
		this.sh.end("fi");
		this.sh.end("done");
		this.sh.begin("if [ ! -f \"$values_file\" ]; then");
		this.sh.line("fail \"$values_file is missing; keep it next to this script\"");
		this.sh.end("fi");
		if (!this.cluster.missing().isEmpty()) {
			this.sh.blank();
			this.sh.comment("The wizard did not know values that this install needs (see the top of the values file).");
			this.sh.line("incomplete={}", "yes");
			this.sh.begin("if [ \"$incomplete\" = 'yes' ]; then");
			this.sh.line("printf '%s cannot install yet. The wizard did not know:\\n' \"$script\" >&2");
			for (MissingValue missing : this.cluster.missing()) {
				this.sh.line("printf '  %s\\n' {} >&2", missing.what());
			}
			this.sh.line("printf 'Add them in the wizard and download the files again:\\n  %s\\n' {} >&2",
					this.provenance.detailsUrl());
			this.sh.line("exit 1");
			this.sh.end("fi");
		}
		for (EnvironmentInput input : this.cluster.environment()) {
			this.sh.require(input.variable(), "set " + input.variable() + " to the " + input.description());
		}
		this.sh.blank();
	}

	/** The peer's values are checked before anything changes: they end up in commands and manifests. */
	private void peerValues() {
		this.sh.comment("The values of " + this.peer.name() + ", when given: checked before anything changes.");
		this.sh.begin("if [ -n \"${PEER_CLUSTER_ID:-}\" ]; then");
		if (network() != Network.LAN) {
			this.sh.require("PEER_AUTH_URL", "set PEER_AUTH_URL to the auth URL printed by the script of the peer");
		}
		this.sh.require("PEER_TOKEN", "set PEER_TOKEN to the token printed by the script of the peer");
		this.sh.line("check_cluster_id PEER_CLUSTER_ID \"$PEER_CLUSTER_ID\"");
		this.sh.line("check_token PEER_TOKEN \"$PEER_TOKEN\"");
		if (network() != Network.LAN) {
			this.sh.line("check_auth_url PEER_AUTH_URL \"$PEER_AUTH_URL\"");
		}
		this.sh.end("fi");
		this.sh.blank();
	}

	private void rightCluster() {
		this.sh.comment("0. The cluster this script is about to change.");
		this.sh.line("context=$(output_of 'the current kubectl context' kubectl config current-context)");
		this.sh.line("server=$(output_of 'the API server of the current kubectl context' kubectl config view --minify "
				+ "-o jsonpath='{.clusters[0].cluster.server}')");
		this.sh.line("printf 'About to install Liqo " + V032Release.VERSION
				+ " on %s with kubectl context %s, API server %s.\\n' \"$cluster\" \"$context\" \"$server\"");
		this.sh.line("confirm={}", "yes");
		Optional<HostAddress> address = this.cluster.answers().address();
		if (address.isPresent()) {
			this.sh.comment("The address of " + this.cluster.name() + " in the plan; a kubeconfig on the same network "
					+ "may use another one.");
			this.sh.line("expected_address={}", address.get().value());
			this.sh.line("server_host=${server#*://}");
			this.sh.line("server_host=${server_host%%/*}");
			this.sh.line("server_host=${server_host%:*}");
			this.sh.begin("if [ \"$server_host\" = \"$expected_address\" ]; then");
			this.sh.line("printf 'That API server is at %s, the address of %s in the plan.\\n' \"$expected_address\" "
					+ "\"$cluster\"");
			this.sh.line("confirm='no'");
			this.sh.between("else");
			this.sh.line("printf 'That API server is not at %s, the address of %s in the plan: check that this is "
					+ "the right cluster.\\n' \"$expected_address\" \"$cluster\"");
			this.sh.end("fi");
		}
		this.sh.begin("if [ \"$confirm\" = 'yes' ] && [ \"$assume_yes\" = 'no' ]; then");
		this.sh.begin("if [ ! -t 0 ]; then");
		this.sh.line("fail 'no terminal to ask whether this is the right cluster: check the context above, then run "
				+ "again with --yes'");
		this.sh.end("fi");
		this.sh.line("printf 'Is this %s? Go on [y/N]? ' \"$cluster\"");
		this.sh.line("read -r answer || answer=''");
		this.sh.begin("case \"$answer\" in");
		this.sh.line("y|Y|yes|Yes|YES) ;;");
		this.sh.line("*) fail 'stopped; nothing was changed' ;;");
		this.sh.end("esac");
		this.sh.end("fi");
		this.sh.blank();
	}

	private void install() {
		String chart = "liqo-" + this.plan.chartVersion();
		this.sh.comment("1. Install Liqo with Helm, or apply the current values to an installed Liqo "
				+ V032Release.VERSION + ".");
		this.sh.comment("helm repo list fails when there are no repositories at all: that reads as no liqo repository.");
		this.sh.line("repositories=$(helm repo list 2>/dev/null || true)");
		this.sh.line("liqo_repository=$(printf '%s\\n' \"$repositories\" | awk '$1 == \"liqo\" { print $2 }')");
		this.sh.begin("case \"$liqo_repository\" in");
		this.sh.line("'') helm repo add liqo {} ;;", HELM_REPO);
		this.sh.line("{}|{}) printf 'The Helm repository liqo is already there.\\n' ;;", HELM_REPO,
				HELM_REPO.substring(0, HELM_REPO.length() - 1));
		this.sh.line("*) fail \"the Helm repository named liqo points at $liqo_repository, not at " + HELM_REPO
				+ ": remove it (helm repo remove liqo) or point it there, then run this script again\" ;;");
		this.sh.end("esac");
		this.sh.line("helm repo update liqo");
		this.sh.line("releases=$(output_of 'the installed Helm releases' helm list --namespace liqo --all --filter "
				+ "'^liqo$' --output json)");
		this.sh.line("installed_chart=$(printf '%s\\n' \"$releases\" | sed -n 's/.*\"chart\":\"\\([^\"]*\\)\".*/\\1/p')");
		this.sh.begin("case \"$installed_chart\" in");
		this.sh.line("'') printf 'Installing Liqo %s on %s.\\n' {} \"$cluster\" ;;", V032Release.VERSION);
		this.sh.line("{}) printf 'Liqo %s is already installed on %s: applying the current values (helm upgrade "
				+ "--install).\\n' {} \"$cluster\" ;;", chart, V032Release.VERSION);
		this.sh.line("*) fail \"$cluster has the Helm release liqo of another chart ($installed_chart); this "
				+ "script installs " + chart + ". Upgrade or uninstall it by hand first\" ;;");
		this.sh.end("esac");
		List<EnvironmentInput> environment = this.cluster.environment();
		String install = "helm upgrade --install liqo liqo/liqo --version " + this.plan.chartVersion()
				+ " -n liqo --create-namespace -f \"$values_file\"";
		if (environment.isEmpty()) {
			this.sh.line(install);
		}
		else {
			// Credentials reach Helm through files in a private folder, never on its command line,
			// where any user of the machine could read them in the process list.
			this.sh.line("secrets=$(mktemp -d)");
			this.sh.line("trap 'rm -rf \"$secrets\"' EXIT");
			this.sh.line("trap 'exit 1' HUP INT TERM");
			for (EnvironmentInput input : environment) {
				this.sh.line("printf '%s' \"$" + input.variable() + "\" >\"$secrets/" + input.variable() + "\"");
			}
			this.sh.line(install + " \\");
			for (int i = 0; i < environment.size(); i++) {
				EnvironmentInput input = environment.get(i);
				this.sh.line("  --set-file \"" + input.valuesPath() + "=$secrets/" + input.variable() + "\""
						+ ((i < environment.size() - 1) ? " \\" : ""));
			}
		}
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
		this.sh.line("auth_node_port=$(output_of 'the NodePort of liqo-auth' kubectl -n liqo get service liqo-auth "
				+ "-o jsonpath='{.spec.ports[0].nodePort}')");
		this.sh.line("gateway_node_port=$(output_of 'the NodePort of liqo-gateway' kubectl -n liqo get service "
				+ "liqo-gateway -o jsonpath='{.spec.ports[0].nodePort}')");
		this.sh.begin("case \"$auth_node_port$gateway_node_port\" in");
		this.sh.line("*[!0-9]*) fail 'the NodePorts of liqo-auth and liqo-gateway are not port numbers' ;;");
		this.sh.end("esac");
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
		this.sh.comment(step(4) + "This cluster's peering values, for " + FileNames.install(this.peer) + ": printed only on a "
				+ "run without the values of " + this.peer.name() + ",\nbecause they hold the token.");
		this.sh.begin("if [ -n \"${PEER_CLUSTER_ID:-}\" ]; then");
		this.sh.line("printf '\\nThe peering values of %s are printed by a run without PEER_ variables: sh %s\\n' "
				+ "\"$cluster\" \"$script\"");
		this.sh.between("else");
		this.sh.line("cluster_id=$(output_of 'the cluster ID of this cluster' kubectl -n liqo get configmap "
				+ "liqo-clusterid-configmap -o jsonpath='{.data.CLUSTER_ID}')");
		this.sh.line("check_cluster_id 'the cluster ID in liqo/liqo-clusterid-configmap' \"$cluster_id\"");
		this.sh.comment("liqo-auth creates the Secret auth-token when it starts, and has no readiness probe: poll.");
		this.sh.line("tries=0");
		this.sh.begin("until token=$(kubectl -n liqo get secret auth-token -o go-template='{{.data.token | "
				+ "base64decode}}' 2>/dev/null) && [ -n \"$token\" ]; do");
		this.sh.line("tries=$((tries + 1))");
		this.sh.begin("if [ \"$tries\" -gt 24 ]; then");
		this.sh.line("fail 'the Secret liqo/auth-token has no token after 2 minutes: see kubectl -n liqo logs "
				+ "deployment/liqo-auth'");
		this.sh.end("fi");
		this.sh.line("sleep " + POLL_SECONDS);
		this.sh.end("done");
		this.sh.line("check_token 'the token in liqo/auth-token' \"$token\"");
		if (network() == Network.LAN) {
			this.sh.line("printf '\\nPeering values of %s. On %s, run:\\n' \"$cluster\" \"$peer\"");
			this.sh.line("printf '  PEER_CLUSTER_ID=%s PEER_TOKEN=%s sh %s\\n' \"$(quote \"$cluster_id\")\" "
					+ "\"$(quote \"$token\")\" \"$(quote \"$peer_script\")\"");
			this.sh.end("fi");
			this.sh.blank();
			return;
		}
		if (this.cluster.authUrl().isEmpty()) {
			if (this.cluster.service(Service.AUTH_SERVER).method().equals("LoadBalancer")) {
				this.sh.comment("The auth URL needs the LoadBalancer's address: wait until the cloud assigns it.");
				waitUntil("[ -n \"$(kubectl -n liqo get service liqo-auth -o jsonpath='{.status.loadBalancer.ingress[0]}' "
						+ "2>/dev/null || true)\" ]", 60,
						"fail 'the liqo-auth LoadBalancer has no address after 5 minutes: see kubectl -n liqo describe "
								+ "service liqo-auth'");
			}
			this.sh.comment("liqoctl computes the auth URL as Liqo advertises it (its output holds the token: kept in "
					+ "a variable).");
			this.sh.line("add_command=$(output_of 'the auth URL of this cluster' liqoctl generate-add-command "
					+ "--only-command)");
			this.sh.line("auth_url=$(printf '%s\\n' \"$add_command\" | sed -n 's/.* --auth-url \\([^ ]*\\) .*/\\1/p')");
			this.sh.line("[ -n \"$auth_url\" ] || fail 'liqoctl generate-add-command printed no --auth-url'");
		}
		this.sh.line("check_auth_url 'the auth URL of this cluster' \"$auth_url\"");
		this.sh.line("printf '\\nPeering values of %s. On %s, run:\\n' \"$cluster\" \"$peer\"");
		this.sh.line("printf '  PEER_AUTH_URL=%s PEER_CLUSTER_ID=%s PEER_TOKEN=%s sh %s\\n' \"$(quote \"$auth_url\")\" "
				+ "\"$(quote \"$cluster_id\")\" \"$(quote \"$token\")\" \"$(quote \"$peer_script\")\"");
		this.sh.end("fi");
		this.sh.blank();
	}

	private void peer() {
		this.sh.comment(step(5) + switch (network()) {
			case INTERNET, ROUTED -> "Peer with " + this.peer.name() + ": check its auth service, then liqoctl add "
					+ "cluster with its auth URL, cluster ID and token.\nliqoctl reuses a ForeignCluster that already "
					+ "exists for that cluster ID (made when " + this.peer.name() + " peered with this cluster"
					+ (network() == Network.ROUTED ? ", or by DNS discovery" : "") + ")\nand turns outgoing peering "
					+ "on; a second ForeignCluster applied by hand would be skipped as a repetition.";
			case LAN -> "mDNS finds " + this.peer.name() + "; Liqo then waits for its token.";
		});
		this.sh.line("peered={}", "no");
		if (network() == Network.LAN) {
			waitForMdns();
		}
		this.sh.begin("if [ -n \"${PEER_CLUSTER_ID:-}\" ]; then");
		if (network() == Network.LAN) {
			this.sh.comment("The auth URL comes from the ForeignCluster that mDNS made; none yet is not an error.");
			this.sh.line("peer_auth_url=$(kubectl get foreignclusters -l \"discovery.liqo.io/cluster-id=$PEER_CLUSTER_ID\" "
					+ "-o jsonpath='{.items[0].spec.foreignAuthUrl}' 2>/dev/null || true)");
			this.sh.begin("if [ -n \"$peer_auth_url\" ]; then");
			this.sh.line("check_auth_url 'the auth URL of the ForeignCluster that mDNS found' \"$peer_auth_url\"");
			this.sh.line("check_auth_service \"$peer_auth_url\" \"$PEER_CLUSTER_ID\"");
			this.sh.between("else");
			this.sh.line("printf '\\nmDNS has not found %s yet: its auth service is not checked.\\n' \"$peer\"");
			this.sh.end("fi");
			storeToken();
		}
		else {
			this.sh.line("check_auth_service \"$PEER_AUTH_URL\" \"$PEER_CLUSTER_ID\"");
			this.sh.comment("liqoctl " + V032Release.VERSION + " takes the token only as --token (cmd/liqoctl/cmd/add.go "
					+ "has no file or stdin form),\nso it shows in the process list of this machine while liqoctl "
					+ "runs.");
			this.sh.line("liqoctl add cluster \"$peer\" --auth-url \"$PEER_AUTH_URL\" --id \"$PEER_CLUSTER_ID\" "
					+ "--token \"$PEER_TOKEN\"");
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
		waitUntil("[ -n \"$(kubectl get foreignclusters -o name 2>/dev/null || true)\" ]", 24,
				"printf 'No peer found yet: is Liqo installed on %s, in the same L2 network?\\n' \"$peer\"", "break");
		this.sh.line("kubectl get foreignclusters -o wide || true");
	}

	/**
	 * The Secret that {@code liqoctl add cluster} would create for the token. The token goes to kubectl
	 * on stdin and the manifest stays in a variable: neither is on a command line.
	 */
	private void storeToken() {
		this.sh.comment("The token Secret remote-token-<cluster ID>, as liqoctl add cluster makes it; the token "
				+ "goes through stdin.");
		this.sh.line("secret=$(printf '%s' \"$PEER_TOKEN\" | kubectl -n liqo create secret generic "
				+ "\"remote-token-$PEER_CLUSTER_ID\" --from-file=token=/dev/stdin --dry-run=client -o yaml) "
				+ "|| fail 'kubectl create secret failed (its message is above)'");
		this.sh.line("[ -n \"$secret\" ] || fail 'kubectl create secret printed nothing'");
		this.sh.line("printf '%s\\n' \"$secret\" | kubectl apply -f -");
		this.sh.line("kubectl -n liqo label secret \"remote-token-$PEER_CLUSTER_ID\" --overwrite "
				+ "\"discovery.liqo.io/cluster-id=$PEER_CLUSTER_ID\" 'discovery.liqo.io/auth-token='");
	}

	private void verify() {
		this.sh.comment(step(6) + "Check the peering: the outgoing peering, then the virtual node liqo-<cluster ID of "
				+ this.peer.name() + ">, which must be Ready.");
		this.sh.begin("if [ \"$peered\" = 'yes' ]; then");
		this.sh.line("printf '\\nWaiting for the outgoing peering with %s (up to 5 minutes)...\\n' \"$peer\"");
		waitUntil("[ \"$(kubectl get foreignclusters -l \"discovery.liqo.io/cluster-id=$PEER_CLUSTER_ID\" "
				+ "-o jsonpath='{.items[0].status.peeringConditions[?(@.type==\"OutgoingPeering\")].status}' "
				+ "2>/dev/null || true)\" = 'Established' ]", 60,
				"fail 'the peering is not established after 5 minutes; see kubectl describe foreignclusters'");
		this.sh.line("printf 'Waiting for the virtual node liqo-%s to be Ready (up to 3 minutes)...\\n' "
				+ "\"$PEER_CLUSTER_ID\"");
		List<String> onTimeout = new ArrayList<>();
		if (this.cluster.distribution().filter(Distribution.EKS::equals).isPresent()) {
			onTimeout.add("printf 'On EKS the controller-manager needs --disable-kubelet-certificate-generation=true "
					+ "in controllerManager.pod.extraArgs of %s.\\n' \"$values_file\" >&2");
		}
		onTimeout.add("fail \"the peering reads Established but the virtual node liqo-$PEER_CLUSTER_ID is not Ready "
				+ "after 3 minutes; see kubectl -n liqo get pods (virtual-kubelet) and kubectl describe node "
				+ "liqo-$PEER_CLUSTER_ID\"");
		waitUntil("[ \"$(kubectl get node \"liqo-$PEER_CLUSTER_ID\" "
				+ "-o jsonpath='{.status.conditions[?(@.type==\"Ready\")].status}' 2>/dev/null || true)\" = 'True' ]", 36,
				onTimeout.toArray(String[]::new));
		this.sh.line("kubectl get foreignclusters");
		this.sh.line("kubectl get node \"liqo-$PEER_CLUSTER_ID\"");
		this.sh.line("printf '%s peers with %s: the virtual node liqo-%s is Ready.\\n' \"$cluster\" \"$peer\" "
				+ "\"$PEER_CLUSTER_ID\"");
		this.sh.end("fi");
		this.sh.line("printf '\\nCheck the peering at any time:\\n'");
		this.sh.line("printf '  kubectl get foreignclusters   # outgoing peering, networking, authentication: "
				+ "Established\\n'");
		this.sh.line("printf '  kubectl get nodes             # a virtual node liqo-<cluster ID of %s>, Ready\\n' "
				+ "\"$peer\"");
	}

	/**
	 * Polls a shell condition every few seconds; after {@code attempts} tries runs the timeout
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
		this.sh.line("sleep " + POLL_SECONDS);
		this.sh.end("done");
	}

	private String step(int number) {
		// Without NAT forwards there is no step 3; the steps after it keep counting from there.
		return (this.cluster.portForwards().isEmpty() ? number - 1 : number) + ". ";
	}

}
