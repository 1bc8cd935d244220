package dev.liqowizard.liqo.v120;

import java.util.List;
import java.util.Optional;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ScriptPreamble;
import dev.liqowizard.artifact.ShellScript;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;

/**
 * Writes {@code peer.sh}: checks both clusters before it changes anything, then one
 * {@code liqoctl peer} per direction with the plan's gateway and API flags, then checks the
 * peering; {@code sh peer.sh undo} unpeers each direction and uninstalls Liqo
 * ({@code reference/liqo/v1-facts.md} 8.1 and 8.4). Values read back from the clusters are
 * validated before they are used or shown.
 */
final class PeerScriptWriter {

	private final Plan plan;

	private final Provenance provenance;

	private final ShellScript sh = new ShellScript();

	private final List<Link> directions;

	private final Link tunnel;

	private PeerScriptWriter(Plan plan, Provenance provenance) {
		this.plan = plan;
		this.provenance = provenance;
		this.directions = plan.links(Service.KUBERNETES_API_SERVER);
		this.tunnel = plan.links(Service.NETWORK_GATEWAY).get(0);
	}

	static String write(Plan plan, Provenance provenance) {
		return new PeerScriptWriter(plan, provenance).write();
	}

	private ClusterPlan cluster(Side side) {
		return this.plan.cluster(side);
	}

	private ClusterPlan server() {
		return cluster(this.tunnel.to());
	}

	private ServicePlan serverGateway() {
		return server().service(Service.NETWORK_GATEWAY);
	}

	private Optional<PortForward> gatewayForward() {
		return server().portForwards().stream().filter((f) -> f.service() == Service.NETWORK_GATEWAY).findFirst();
	}

	private String write() {
		header();
		this.sh.line("set -eu");
		this.sh.blank();
		this.sh.line("script={}", FileNames.PEER_SCRIPT);
		this.sh.line("name_a={}", cluster(Side.A).name());
		this.sh.line("name_b={}", cluster(Side.B).name());
		this.sh.line("action=${1:-peer}");
		this.sh.blank();
		functions();
		this.sh.begin("case \"$action\" in");
		this.sh.line("peer | undo) ;;");
		this.sh.line("*) printf 'Usage: sh %s [undo]\\n' \"$script\" >&2; exit 2 ;;");
		this.sh.end("esac");
		this.sh.require("KUBECONFIG_A", "set KUBECONFIG_A to the kubeconfig file of " + cluster(Side.A).name()
				+ " (cluster A)");
		this.sh.require("KUBECONFIG_B", "set KUBECONFIG_B to the kubeconfig file of " + cluster(Side.B).name()
				+ " (cluster B)");
		if (gatewayForward().isPresent() && server().answers().address().isEmpty()) {
			this.sh.require("GATEWAY_ADDRESS", "set GATEWAY_ADDRESS to the public address of the NAT router in front of "
					+ server().name());
			this.sh.begin("case \"$GATEWAY_ADDRESS\" in");
			this.sh.line("'' | *[!A-Za-z0-9.-]*) fail 'GATEWAY_ADDRESS must be an IPv4 address or a DNS name.' ;;");
			this.sh.end("esac");
		}
		this.sh.blank();
		checks();
		this.sh.begin("if [ \"$action\" = 'undo' ]; then");
		undo();
		this.sh.line("exit 0");
		this.sh.end("fi");
		this.sh.blank();
		liqoChecks();
		loadBalancerCheck();
		peer();
		verify();
		return "#!/bin/sh\n" + this.sh.render();
	}

	private void header() {
		ClusterPlan a = cluster(Side.A);
		ClusterPlan b = cluster(Side.B);
		ScriptPreamble.header(this.sh, "Peers " + a.name() + " and " + b.name() + " with Liqo " + V120Release.VERSION
				+ ": " + directionWords() + ".", this.plan, this.provenance);
		this.sh.comment("Run it after both install scripts, " + where() + ", with both kubeconfig files:");
		this.sh.comment("  KUBECONFIG_A=" + a.name() + ".kubeconfig KUBECONFIG_B=" + b.name() + ".kubeconfig sh "
				+ FileNames.PEER_SCRIPT);
		this.sh.comment("It checks both clusters before it changes anything, runs liqoctl peer, then checks the "
				+ "peering.");
		if (!this.plan.hasPortForwards()) {
			this.sh.comment("No port forwards are needed.");
		}
		else {
			this.sh.comment("Set the router forwards of README.md first.");
		}
		this.sh.comment("To tear down (unpeer, then uninstall Liqo from both clusters):");
		this.sh.comment("  KUBECONFIG_A=... KUBECONFIG_B=... sh " + FileNames.PEER_SCRIPT + " undo");
		this.sh.comment("Needs kubectl and liqoctl " + V120Release.VERSION + " (" + InstallScriptWriter.LIQOCTL_RELEASE
				+ ").");
	}

	private String directionWords() {
		return String.join(", and ", this.directions.stream()
			.map((link) -> cluster(link.from()).name() + " offloads onto " + cluster(link.to()).name())
			.toList());
	}

	private String where() {
		return this.plan.operatorSite()
			.map((side) -> "inside the network of " + cluster(side).name() + " (its API server is not reachable "
					+ "from outside)")
			.orElse("on a machine that reaches both API servers");
	}

	private void functions() {
		ScriptPreamble.failFunction(this.sh);
		this.sh.blank();
		this.sh.comment("A value read back from a cluster is shown only when it has the characters it should.");
		this.sh.begin("shown() {");
		this.sh.begin("case \"$1\" in");
		this.sh.line("'' | *[!A-Za-z0-9.+-]*) printf '%s' 'an unreadable value' ;;");
		this.sh.line("*) printf '%s' \"$1\" ;;");
		this.sh.end("esac");
		this.sh.end("}");
		this.sh.blank();
		this.sh.comment("check_api NAME KUBECONFIG: the API server answers from this machine.");
		this.sh.begin("check_api() {");
		this.sh.line("[ -r \"$2\" ] || fail \"cannot read the kubeconfig file of $1: $2\"");
		this.sh.begin("if ! kubectl --kubeconfig \"$2\" --request-timeout=20s get --raw /version >/dev/null 2>&1; then");
		this.sh.line("fail \"the API server of $1 does not answer with $2 from this machine.\"");
		this.sh.end("fi");
		this.sh.end("}");
		this.sh.blank();
		this.sh.comment("check_liqo NAME KUBECONFIG: Liqo " + V120Release.VERSION
				+ " runs healthy; leaves the validated cluster ID in cluster_id.");
		this.sh.begin("check_liqo() {");
		this.sh.line("version=$(liqoctl info --kubeconfig \"$2\" -g local.version 2>/dev/null || true)");
		this.sh.begin("if [ \"$version\" != {} ]; then", V120Release.VERSION);
		this.sh.line("fail \"$1 does not run Liqo " + V120Release.VERSION + " (liqoctl info reports $(shown "
				+ "\"$version\")): run its install script first.\"");
		this.sh.end("fi");
		this.sh.line("healthy=$(liqoctl info --kubeconfig \"$2\" -g health.healthy 2>/dev/null || true)");
		this.sh.line("[ \"$healthy\" = 'true' ] || fail \"Liqo on $1 is not healthy: see liqoctl info --kubeconfig $2.\"");
		this.sh.line("id=$(liqoctl info --kubeconfig \"$2\" -g local.clusterid 2>/dev/null || true)");
		this.sh.begin("case \"$id\" in");
		this.sh.line("'' | -* | *- | *[!a-z0-9-]*) fail \"liqoctl info reports no valid cluster ID for $1.\" ;;");
		this.sh.end("esac");
		this.sh.begin("if [ \"$id\" != \"$1\" ]; then");
		this.sh.line("printf 'Note: Liqo on %s has the cluster ID %s.\\n' \"$1\" \"$id\"");
		this.sh.end("fi");
		this.sh.line("cluster_id=$id");
		this.sh.end("}");
		this.sh.blank();
	}

	private void checks() {
		this.sh.comment("1. Checks, before anything changes: the tools are here and both API servers answer from here.");
		ScriptPreamble.toolCheck(this.sh, "kubectl", "liqoctl");
		this.sh.line("check_api \"$name_a\" \"$KUBECONFIG_A\"");
		this.sh.line("check_api \"$name_b\" \"$KUBECONFIG_B\"");
		this.sh.blank();
	}

	/** Then, for a peering only: Liqo runs healthy on both. Undo works on a broken installation too. */
	private void liqoChecks() {
		this.sh.comment("Liqo " + V120Release.VERSION + " runs healthy on both.");
		for (Side side : Side.values()) {
			this.sh.line("check_liqo {$} {$}", "name_" + side.id(), "KUBECONFIG_" + side.name());
			// The verification looks the provider up by the ID its own Liqo reports.
			if (this.directions.stream().anyMatch((link) -> link.to() == side)) {
				this.sh.line("id_" + side.id() + "=$cluster_id");
			}
		}
		this.sh.line("printf 'Both clusters answer and run Liqo " + V120Release.VERSION + ".\\n'");
		this.sh.blank();
	}

	/** On a LoadBalancer without an implementation liqoctl peer waits 10 minutes and fails. */
	private void loadBalancerCheck() {
		if (!serverGateway().method().equals("LoadBalancer")) {
			return;
		}
		ClusterPlan server = server();
		String kubeconfig = "\"$KUBECONFIG_" + server.side().name() + "\"";
		boolean eks = server.distribution().filter(dev.liqowizard.plan.Distribution.EKS::equals).isPresent();
		if (server.location() == Location.CLOUD && !eks) {
			this.sh.comment("The gateway server on " + server.name() + " is a LoadBalancer: the cloud provides them.");
			this.sh.blank();
			return;
		}
		this.sh.comment("The gateway server on " + server.name() + " is a LoadBalancer: something must serve it, or "
				+ "liqoctl peer waits 10 minutes and fails. SKIP_LB_CHECK=yes skips this check.");
		this.sh.begin("if [ \"${SKIP_LB_CHECK:-no}\" != 'yes' ]; then");
		if (eks) {
			this.sh.begin("if ! kubectl --kubeconfig " + kubeconfig
					+ " -n kube-system get deployment aws-load-balancer-controller >/dev/null 2>&1; then");
			this.sh.line("fail {}", "the AWS Load Balancer Controller does not run on " + server.name() + " "
					+ "(deployment aws-load-balancer-controller in kube-system): install it, or the gateway server "
					+ "gets no Network Load Balancer. SKIP_LB_CHECK=yes if it runs under another name.");
			this.sh.end("fi");
		}
		else {
			this.sh.comment("A LoadBalancer implementation shows as MetalLB's namespace, K3s ServiceLB pods, or a "
					+ "LoadBalancer Service that already has an address.");
			this.sh.line("lb_found=no");
			this.sh.line("kubectl --kubeconfig " + kubeconfig
					+ " get namespace metallb-system >/dev/null 2>&1 && lb_found=yes");
			this.sh.begin("if kubectl --kubeconfig " + kubeconfig + " -n kube-system get pods -l "
					+ "svccontroller.k3s.cattle.io/svcname -o name 2>/dev/null | grep -q .; then");
			this.sh.line("lb_found=yes");
			this.sh.end("fi");
			this.sh.line("lb_addresses=$(kubectl --kubeconfig " + kubeconfig + " get services -A -o jsonpath="
					+ "'{range .items[?(@.spec.type==\"LoadBalancer\")]}{.status.loadBalancer.ingress[0].ip}"
					+ "{.status.loadBalancer.ingress[0].hostname}{\" \"}{end}' 2>/dev/null || true)");
			this.sh.begin("case \"$lb_addresses\" in");
			this.sh.line("*[!\\ ]*) lb_found=yes ;;");
			this.sh.end("esac");
			this.sh.begin("if [ \"$lb_found\" != 'yes' ]; then");
			this.sh.line("fail {}", "found no LoadBalancer implementation on " + server.name() + " (no MetalLB, no "
					+ "ServiceLB, no LoadBalancer Service with an address). Install one, or answer that it has none "
					+ "in the wizard to get a NodePort. SKIP_LB_CHECK=yes if yours is another kind.");
			this.sh.end("fi");
		}
		this.sh.end("fi");
		this.sh.blank();
	}

	private void peer() {
		int step = 2;
		for (Link direction : this.directions) {
			ClusterPlan consumer = cluster(direction.from());
			ClusterPlan provider = cluster(direction.to());
			this.sh.comment(step++ + ". " + consumer.name() + " offloads onto " + provider.name() + ": liqoctl peer on "
					+ "the consumer, the provider as the remote cluster. It waits until the tunnel, authentication and "
					+ "the virtual node are ready (10 minutes at most).");
			this.sh.line("printf '\\nPeering: %s offloads onto %s.\\n' {$} {$}", "name_" + direction.from().id(),
					"name_" + direction.to().id());
			ShellCommand command = new ShellCommand("liqoctl peer");
			command.add("--kubeconfig {$}", "KUBECONFIG_" + direction.from().name());
			command.add("--remote-kubeconfig {$}", "KUBECONFIG_" + direction.to().name());
			gatewayFlags(command, direction);
			if (direction.via() == Via.IN_BAND) {
				command.add("--in-band");
			}
			command.writeTo(this.sh);
			this.sh.blank();
		}
	}

	/** The same --gw-* flags for each direction, so that both share one tunnel (8.4). */
	private void gatewayFlags(ShellCommand command, Link direction) {
		String location = (this.tunnel.to() == direction.to()) ? "Provider" : "Consumer";
		command.add("--gw-server-service-location " + location);
		ServicePlan gateway = serverGateway();
		command.add("--gw-server-service-type " + gateway.method());
		Optional<PortForward> forward = gatewayForward();
		if (forward.isPresent()) {
			command.add("--gw-server-service-nodeport {}", gateway.port().orElseThrow());
			if (server().answers().address().isPresent()) {
				command.add("--gw-client-address {}", server().answers().address().map(HostAddress::value).get());
			}
			else {
				command.add("--gw-client-address \"$GATEWAY_ADDRESS\"");
			}
			command.add("--gw-client-port {}", forward.get().externalPort());
		}
	}

	private void verify() {
		this.sh.comment(2 + this.directions.size() + ". Check each peering from its consumer: every module Healthy, "
				+ "and a Ready virtual node (label liqo.io/type=virtual-node) for the provider.");
		for (Link direction : this.directions) {
			String consumer = "KUBECONFIG_" + direction.from().name();
			String providerId = "id_" + direction.to().id();
			this.sh.line("liqoctl info peer --kubeconfig {$} {$} || true", consumer, providerId);
			this.sh.begin("for module in network authentication offloading; do");
			this.sh.line("status=$(liqoctl info peer --kubeconfig {$} {$} -g \"$module.status\" 2>/dev/null || true)",
					consumer, providerId);
			this.sh.begin("if [ \"$status\" != 'Healthy' ]; then");
			this.sh.line("fail \"the $module of the peering of $" + "name_" + direction.from().id() + " with $"
					+ "name_" + direction.to().id() + " is $(shown \"$status\"), not Healthy: see liqoctl info peer.\"");
			this.sh.end("fi");
			this.sh.end("done");
			this.sh.line("kubectl --kubeconfig {$} wait --for=condition=Ready node --timeout=180s "
					+ "-l \"liqo.io/type=virtual-node,liqo.io/remote-cluster-id=$" + providerId + "\"", consumer);
		}
		this.sh.line("printf '\\nPeered: %s.\\n' {}", directionWords());
		this.sh.line("printf 'Offload a namespace with: liqoctl offload namespace NAME --kubeconfig <consumer>\\n'");
	}

	private void undo() {
		this.sh.comment("Undo: offloaded namespaces first, then unpeer each direction, then uninstall (8.1).");
		for (Link direction : this.directions) {
			String consumer = "KUBECONFIG_" + direction.from().name();
			this.sh.begin("if kubectl --kubeconfig {$} get namespaceoffloadings -A -o name 2>/dev/null | grep -q .; then",
					consumer);
			this.sh.line("kubectl --kubeconfig {$} get namespaceoffloadings -A", consumer);
			this.sh.line("fail \"$name_" + direction.from().id() + " still offloads namespaces: run liqoctl unoffload "
					+ "namespace NAME for each of them first.\"");
			this.sh.end("fi");
		}
		for (Link direction : this.directions) {
			this.sh.line("printf 'Unpeering: %s from %s.\\n' {$} {$}", "name_" + direction.from().id(),
					"name_" + direction.to().id());
			this.sh.line("liqoctl unpeer --kubeconfig {$} --remote-kubeconfig {$}", "KUBECONFIG_" + direction.from().name(),
					"KUBECONFIG_" + direction.to().name());
		}
		for (Side side : Side.values()) {
			this.sh.line("printf 'Uninstalling Liqo from %s.\\n' {$}", "name_" + side.id());
			this.sh.line("liqoctl uninstall --kubeconfig {$} --skip-confirm", "KUBECONFIG_" + side.name());
		}
		this.sh.line("printf 'Liqo is gone from both clusters.\\n'");
	}

}
