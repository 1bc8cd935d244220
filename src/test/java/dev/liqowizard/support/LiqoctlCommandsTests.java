package dev.liqowizard.support;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.liqowizard.support.LiqoctlCommands.Invocation;
import dev.liqowizard.support.LiqoctlCommands.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker of liqoctl commands on hand-written lines: right ones pass, and each wrong one, the
 * mistakes of the official docs among them (facts 7 and 8.1), gives exactly its problem.
 */
class LiqoctlCommandsTests {

	private static final String PEER = "liqoctl peer --kubeconfig \"$CONSUMER_KUBECONFIG\" --remote-kubeconfig \"$PROVIDER_KUBECONFIG\"";

	@ParameterizedTest
	@ValueSource(strings = {
			"liqoctl install --version v1.2.0 --pod-cidr 10.50.0.0/16 --service-cidr 10.51.0.0/16 --api-server-url 'https://203.0.113.10:6443' --disable-api-server-sanity-check",
			"liqoctl install --version=v1.2.0 --pod-cidr=10.50.0.0/16,10.52.0.0/16 --pod-cidr 10.53.0.0/16 --service-cidr \"$SERVICE_CIDR\" -n liqo",
			"liqoctl install k3s --version v1.2.0 --cluster-id edge --api-server-url \"$api_url\" --disable-telemetry=true",
			"liqoctl install kubeadm --version v1.2.0 --set 'apiServer.address=https://203.0.113.10:6443' --set tag=v1.2.0 --skip-validation",
			"liqoctl install kind --version v1.2.0 --cluster-labels region=eu --cluster-labels tier=edge",
			"liqoctl install openshift --version v1.2.0 --timeout 20m",
			"liqoctl install aks --version v1.2.0 --resource-group-name \"$AKS_RESOURCE_GROUP\" --resource-name azure --subscription-id \"$AKS_SUBSCRIPTION_ID\"",
			"liqoctl install eks --version v1.2.0 --eks-cluster-region \"$EKS_REGION\" --eks-cluster-name prod",
			"liqoctl install gke --version v1.2.0 --credentials-path \"$GKE_CREDENTIALS\" --project-id \"$GKE_PROJECT\" --cluster-id gke-east --region europe-west1",
			PEER,
			PEER + " --gw-server-service-location Consumer --gw-server-service-type NodePort --gw-server-service-nodeport 30871 --gw-client-address 203.0.113.10 --gw-client-port 30871 --in-band",
			PEER + " --gw-server-service-location=Provider --gw-server-service-type=LoadBalancer --create-resource-slice=false --create-virtual-node=false -n liqo --remote-namespace liqo",
			PEER + " --networking-disabled --cpu 2 --memory 4Gi --pods 10 --resource nvidia.com/gpu=2 --resource x=1 -v",
			"liqoctl --kubeconfig \"$CONSUMER_KUBECONFIG\" peer --remote-kubeconfig \"$PROVIDER_KUBECONFIG\"",
			"liqoctl peer --remote-context provider",
			"liqoctl info --kubeconfig \"$A\" -o json -g '.network.status'",
			"liqoctl info peer \"$cluster_id\" other-id -o yaml -n liqo",
			"liqoctl unpeer --kubeconfig \"$A\" --remote-kubeconfig \"$B\" --wait=true --timeout 5m",
			"liqoctl uninstall --kubeconfig \"$A\" --skip-confirm --purge",
			"liqoctl unoffload namespace demo --skip-confirm",
			"liqoctl network connect --remote-kubeconfig \"$B\" -n liqo-tenant --liqo-namespace liqo --gw-server-service-type NodePort --wait",
			"liqoctl version --client" })
	void aRightCommandHasNoProblem(String line) {
		assertThat(LiqoctlCommands.check("t.sh", line + "\n")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			# Facts 7: mistakes of the official docs.
			--gw-server-gateway-location Consumer | --gw-server-gateway-location is not a flag of liqoctl peer
			--disable-networking | --disable-networking is not a flag of liqoctl peer
			--server-service-type NodePort | --server-service-type is not a flag of liqoctl peer
			# Facts 8.1: booleans with =, enum values in their exact case.
			--create-resource-slice false | --create-resource-slice false: cobra reads false as an argument, not as the flag's value; write --create-resource-slice=false
			--create-virtual-node true | --create-virtual-node true: cobra reads true as an argument, not as the flag's value; write --create-virtual-node=true
			--in-band=yes | --in-band yes is not allowed: liqoctl peer takes a boolean
			--gw-server-service-location consumer | --gw-server-service-location consumer: values are case-sensitive, write Consumer
			--gw-server-service-location=provider | --gw-server-service-location provider: values are case-sensitive, write Provider
			--gw-server-service-type nodeport | --gw-server-service-type nodeport: values are case-sensitive, write NodePort
			--gw-server-service-type Internal | --gw-server-service-type Internal is not allowed: liqoctl peer takes one of LoadBalancer, NodePort, ClusterIP
			--in-band --networking-disabled | --in-band and --networking-disabled do not go together: --in-band reaches the provider's API through the tunnel, which --networking-disabled leaves out
			-n liqo -n liqo | --namespace is given more than once; liqoctl keeps only the last
			--liqo-namespace liqo | --liqo-namespace is not a flag of liqoctl peer (only of liqoctl network connect)
			--mtu | --mtu needs a value
			--mtu --in-band | --mtu needs a value, but the next word is the flag --in-band
			provider | unexpected argument provider: liqoctl peer takes none, so cobra stops here
			-o json | -o is not a flag of liqoctl peer
			""")
	void aWrongPeerFlagGivesItsProblem(String flags, String problem) {
		assertThat(messages(PEER + " " + flags)).containsExactly(problem);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			liqoctl install kubeadm --version v1.2.0 --api-server-url https://203.0.113.10:6443 | --api-server-url is not a flag of liqoctl install kubeadm (only of liqoctl install, liqoctl install k3s)
			liqoctl install k3s --version v1.2.0 --cluster-name edge | --cluster-name is not a flag of liqoctl install k3s
			liqoctl install k3s --version 1.2.0 | --version 1.2.0: write v1.2.0 (liqoctl takes anything but v and a version as a git commit)
			liqoctl install k3s --version v1.1.2 | --version v1.1.2: write v1.2.0 (liqoctl takes anything but v and a version as a git commit)
			liqoctl install k3s --version "$LIQO_VERSION" | --version $LIQO_VERSION: write v1.2.0, or a variable this script sets to it
			liqoctl install k3s | missing --version v1.2.0: without it liqoctl installs the chart of its own version
			liqoctl install --version v1.2.0 --service-cidr 10.51.0.0/16 | missing --pod-cidr, which liqoctl install requires
			liqoctl install --version v1.2.0 --pod-cidr 10.50.0.0/16 | missing --service-cidr, which liqoctl install requires
			liqoctl install kubeadm --version v1.2.0 --pod-cidr 10.50.0.0/16 | --pod-cidr is not a flag of liqoctl install kubeadm (only of liqoctl install, liqoctl install aks, liqoctl install k3s)
			liqoctl install k3s --version v1.2.0 --service-cidr 10.43.0.0/16 --service-cidr 10.44.0.0/16 | --service-cidr is given more than once; liqoctl keeps only the last
			liqoctl install gke --version v1.2.0 --credentials-path k.json --project-id p --region r | missing --cluster-id, which liqoctl install gke requires
			liqoctl install gke --version v1.2.0 --credentials-path k.json --project-id p --cluster-id c | needs exactly one of --zone, --region (where the GKE cluster runs)
			liqoctl install gke --version v1.2.0 --credentials-path k.json --project-id p --cluster-id c --zone z --region r | takes only one of --zone, --region (where the GKE cluster runs)
			liqoctl install aks --version v1.2.0 --resource-group-name g --resource-name n | needs one of --subscription-id, --subscription-name (the Azure subscription)
			liqoctl install eks --version v1.2.0 --eks-cluster-name prod | missing --eks-cluster-region, which liqoctl install eks requires
			liqoctl install eks --version v1.2.0 --eks-cluster-region eu-west-1 --eks-cluster-name prod --dry-run false | --dry-run false: cobra reads false as an argument, not as the flag's value; write --dry-run=false
			liqoctl install microk8s --version v1.2.0 --pod-cidr 10.50.0.0/16 --service-cidr 10.51.0.0/16 | unexpected argument microk8s: liqoctl install takes none, so cobra stops here
			liqoctl peer --kubeconfig a.yaml | needs one of --remote-kubeconfig, --remote-context, --remote-cluster (the other cluster, else liqoctl stops with "local and remote clusters must be different")
			liqoctl unpeer --remote-kubeconfig b.yaml --delete-namespaces true | --delete-namespaces true: cobra reads true as an argument, not as the flag's value; write --delete-namespaces=true
			liqoctl uninstall --purge | missing --skip-confirm: liqoctl uninstall waits for a confirmation a script cannot give
			liqoctl uninstall --skip-confirm --remote-kubeconfig b.yaml | --remote-kubeconfig is not a flag of liqoctl uninstall (only of liqoctl peer, liqoctl unpeer, liqoctl network connect)
			liqoctl info -o table | --output table is not allowed: liqoctl info takes one of json, yaml
			liqoctl info peer -o JSON | --output JSON: values are case-sensitive, write json
			liqoctl info somecluster | unexpected argument somecluster: liqoctl info takes none, so cobra stops here
			liqoctl network connect --remote-kubeconfig b.yaml --in-band | --in-band is not a flag of liqoctl network connect (only of liqoctl peer)
			liqoctl network connect --remote-kubeconfig b.yaml --gw-server-service-location Consumer | --gw-server-service-location is not a flag of liqoctl network connect (only of liqoctl peer)
			liqoctl add cluster edge --auth-url https://x | "add" is not a liqoctl v1.2.0 command this check knows (install, install aks, install eks, install gke, install k3s, install kind, install kubeadm, install openshift, peer, unpeer, uninstall, info, info peer, network connect, unoffload namespace, version)
			liqoctl network --remote-kubeconfig b.yaml | "network" is not a liqoctl v1.2.0 command this check knows (install, install aks, install eks, install gke, install k3s, install kind, install kubeadm, install openshift, peer, unpeer, uninstall, info, info peer, network connect, unoffload namespace, version)
			""")
	void aWrongCommandGivesItsProblem(String line, String problem) {
		assertThat(messages(line)).containsExactly(problem);
	}

	@Test
	void anEnumFromAVariableIsCheckedAgainstWhatTheScriptSetsItTo() {
		String script = """
				location='consumer'
				type=NodePort
				liqoctl peer --remote-kubeconfig b.yaml --gw-server-service-location "$location" --gw-server-service-type "$type"
				""";
		assertThat(LiqoctlCommands.check("peer.sh", script)).extracting(Problem::toString)
			.containsExactly("peer.sh:3: liqoctl peer: --gw-server-service-location consumer (the value of $location): "
					+ "values are case-sensitive, write Consumer");
	}

	@Test
	void anEnumFromAVariableTheScriptDoesNotSetIsAllowed() {
		String script = """
				type=$(pick_type)
				liqoctl peer --remote-kubeconfig b.yaml --gw-server-service-type "$type" --gw-server-service-location "$LOCATION"
				""";
		assertThat(LiqoctlCommands.check("peer.sh", script)).isEmpty();
	}

	@Test
	void aFlagNamedByAVariableIsJudgedForEveryFlagTheScriptSetsItTo() {
		String script = """
				if [ -n "${GKE_ZONE:-}" ]; then
				  location_flag=--zone
				else
				  location_flag='--regoin'
				fi
				liqoctl install gke --version v1.2.0 --credentials-path k.json --project-id p --cluster-id c \\
				  "$location_flag" "$GKE_LOCATION"
				""";
		assertThat(LiqoctlCommands.check("install-gke.sh", script)).extracting(Problem::toString)
			.containsExactly("install-gke.sh:7: liqoctl install gke: --regoin is not a flag of liqoctl install gke",
					"install-gke.sh:6: liqoctl install gke: needs exactly one of --zone, --region (where the GKE cluster runs)");
	}

	@Test
	void theVersionMayComeFromAVariableSetToV120() {
		String script = "liqo_version='v1.2.0'\nliqoctl install k3s --version \"$liqo_version\"\n";
		assertThat(LiqoctlCommands.check("install-edge.sh", script)).isEmpty();
	}

	@Test
	void findsCommandsWhereverTheShellRunsThem() {
		String script = """
				#!/bin/sh
				set -eu
				if ! liqoctl info --kubeconfig "$A" >/dev/null 2>&1; then
				  exit 1
				fi
				id=$(liqoctl info --kubeconfig "$A" -g '.local.clusterID')
				kubectl get nodes && liqoctl peer --remote-kubeconfig "$B"; liqoctl unpeer --remote-kubeconfig "$B"
				[ "$(liqoctl version --client)" = x ] || echo no
				status=`liqoctl info peer "$id"`
				case "${1:-}" in
				  undo) liqoctl uninstall --skip-confirm ;;
				esac
				run() { liqoctl peer --remote-kubeconfig "$B"; }
				""";
		assertThat(LiqoctlCommands.invocations(script)).extracting(Invocation::line, Invocation::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "liqoctl info --kubeconfig $A"),
					org.assertj.core.groups.Tuple.tuple(6, "liqoctl info --kubeconfig $A -g .local.clusterID"),
					org.assertj.core.groups.Tuple.tuple(7, "liqoctl peer --remote-kubeconfig $B"),
					org.assertj.core.groups.Tuple.tuple(7, "liqoctl unpeer --remote-kubeconfig $B"),
					org.assertj.core.groups.Tuple.tuple(8, "liqoctl version --client"),
					org.assertj.core.groups.Tuple.tuple(9, "liqoctl info peer $id"),
					org.assertj.core.groups.Tuple.tuple(11, "liqoctl uninstall --skip-confirm"),
					org.assertj.core.groups.Tuple.tuple(13, "liqoctl peer --remote-kubeconfig $B"));
		assertThat(LiqoctlCommands.check("peer.sh", script)).isEmpty();
	}

	@Test
	void textThatMentionsLiqoctlIsNotACommand() {
		String script = """
				# liqoctl peer --disable-networking
				for tool in kubectl liqoctl; do
				  command -v liqoctl >/dev/null
				done
				printf 'Run: liqoctl peer --create-resource-slice false\\n'
				echo "then liqoctl install --cluster-name x" liqoctl unpeer --bad
				msg='liqoctl peer --nope'
				cat <<EOF
				liqoctl install --cluster-name in a here document
				EOF
				cat <<-'END'
					liqoctl peer --still-text
					END
				liqoctl version --client # liqoctl --not-a-flag
				""";
		assertThat(LiqoctlCommands.invocations(script)).extracting(Invocation::line).containsExactly(14);
		assertThat(LiqoctlCommands.check("t.sh", script)).isEmpty();
	}

	@Test
	void joinsContinuedLinesAndReportsTheLineOfTheWrongFlag() {
		String script = """
				printf 'peering\\n'
				liqoctl peer \\
				  --remote-kubeconfig "$B" \\
				  '--gw-server-service-type' "NodePort" \\
				  --gw-server-service-location consumer \\
				  --create-resource-slice false
				""";
		assertThat(LiqoctlCommands.check("peer.sh", script)).extracting(Problem::toString)
			.containsExactly(
					"peer.sh:5: liqoctl peer: --gw-server-service-location consumer: values are case-sensitive, write Consumer",
					"peer.sh:6: liqoctl peer: --create-resource-slice false: cobra reads false as an argument, not as the "
							+ "flag's value; write --create-resource-slice=false");
	}

	@Test
	void everyCommandOfTheTableHasTheGlobalFlags() {
		for (String path : LiqoctlFlags.paths()) {
			LiqoctlFlags.Command command = LiqoctlFlags.command(path).orElseThrow();
			assertThat(command.flags()).as(path)
				.containsKeys("kubeconfig", "context", "cluster", "user", "skip-confirm", "verbose", "global-labels",
						"global-annotations");
		}
		assertThat(LiqoctlFlags.command("network connect").orElseThrow().shorthand("n")).hasValueSatisfying(
				(flag) -> assertThat(flag.name()).isEqualTo("namespace"));
		assertThat(LiqoctlFlags.command("network connect").orElseThrow().flag("liqo-namespace")).isPresent();
		assertThat(LiqoctlFlags.command("install gke").orElseThrow().required()).extracting(LiqoctlFlags.Required::names)
			.contains(List.of("cluster-id"));
	}

	private static List<String> messages(String line) {
		return LiqoctlCommands.check("t.sh", line + "\n").stream().map(Problem::message).toList();
	}

}
