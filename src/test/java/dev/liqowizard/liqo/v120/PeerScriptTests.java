package dev.liqowizard.liqo.v120;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.support.StubbedShell;
import dev.liqowizard.support.StubbedShell.Run;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code peer.sh}, run under {@code sh} with stub {@code kubectl} and {@code liqoctl}. */
class PeerScriptTests {

	private static final Provenance PROVENANCE = new Provenance("test", "v1.2.0", "https://wizard.example/plan?x=1",
			"https://wizard.example/wizard/details?x=1");

	static final String NAT_PROVIDER = "liqo=v1.2.0&network=internet&a.name=gke-east&a.location=cloud"
			+ "&a.distribution=gke&b.name=edge&b.location=onprem-nat&b.distribution=k3s&peering=a-to-b";

	private static String peerScript(String query) {
		Plan plan = TestQueries.plan(query);
		return V120Files.file(plan, PROVENANCE, FileNames.PEER_SCRIPT).orElseThrow().text();
	}

	/** Two healthy clusters running Liqo v1.2.0, each with its name as cluster ID. */
	private static StubbedShell healthy(String a, String b) throws Exception {
		StubbedShell shell = new StubbedShell("kubectl", "liqoctl");
		Path kubeconfigA = shell.file(a + ".kubeconfig", "a");
		Path kubeconfigB = shell.file(b + ".kubeconfig", "b");
		shell.env("KUBECONFIG_A", kubeconfigA.toString()).env("KUBECONFIG_B", kubeconfigB.toString());
		return shell;
	}

	private static StubbedShell withDefaults(StubbedShell shell, String a, String b) {
		return shell.respond("liqoctl", "info --kubeconfig * -g local.version", 0, "v1.2.0")
			.respond("liqoctl", "info --kubeconfig * -g health.healthy", 0, "true")
			.respond("liqoctl", "info --kubeconfig */" + a + ".kubeconfig -g local.clusterid", 0, a)
			.respond("liqoctl", "info --kubeconfig */" + b + ".kubeconfig -g local.clusterid", 0, b)
			.respond("liqoctl", "info peer --kubeconfig * -g *.status", 0, "Healthy");
	}

	@Test
	void checksBothClustersThenPeersInBandWithTheServerOnTheConsumerThenVerifies() throws Exception {
		StubbedShell shell = withDefaults(healthy("gke-east", "edge"), "gke-east", "edge");
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		String kubeconfigA = shell.folder().resolve("gke-east.kubeconfig").toString();
		String kubeconfigB = shell.folder().resolve("edge.kubeconfig").toString();
		assertThat(run.calls("liqoctl")).contains("liqoctl [peer] [--kubeconfig] [" + kubeconfigA
				+ "] [--remote-kubeconfig] [" + kubeconfigB + "] [--gw-server-service-location] [Consumer] "
				+ "[--gw-server-service-type] [LoadBalancer] [--in-band]");
		int peer = indexOf(run, "liqoctl [peer]");
		assertThat(indexOf(run, "kubectl [--kubeconfig] [" + kubeconfigB + "] [--request-timeout=20s] [get] [--raw]"))
			.isLessThan(peer);
		assertThat(indexOf(run, "liqoctl [info] [--kubeconfig] [" + kubeconfigB + "] [-g] [local.version]"))
			.isLessThan(peer);
		assertThat(run.calls("kubectl")).contains("kubectl [--kubeconfig] [" + kubeconfigA + "] [wait] "
				+ "[--for=condition=Ready] [node] [--timeout=180s] [-l] "
				+ "[liqo.io/type=virtual-node,liqo.io/remote-cluster-id=edge]");
		assertThat(run.stdout()).contains("Peered: gke-east offloads onto edge.");
	}

	private static int indexOf(Run run, String prefix) {
		for (int i = 0; i < run.calls().size(); i++) {
			if (run.calls().get(i).startsWith(prefix)) {
				return i;
			}
		}
		throw new AssertionError("no call " + prefix + " in " + run.calls());
	}

	@Test
	void needsBothKubeconfigsBeforeAnything() throws Exception {
		StubbedShell shell = new StubbedShell("kubectl", "liqoctl");
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.stderr()).contains("set KUBECONFIG_A to the kubeconfig file of gke-east (cluster A)");
		assertThat(run.calls()).isEmpty();
	}

	@Test
	void namesAMissingToolBeforeAskingAnyCluster() throws Exception {
		// Only kubectl is stubbed; the PATH is the stubs, /usr/bin and /bin, where no liqoctl is installed.
		StubbedShell shell = new StubbedShell("kubectl");
		shell.env("KUBECONFIG_A", shell.file("a.kubeconfig", "a").toString())
			.env("KUBECONFIG_B", shell.file("b.kubeconfig", "b").toString());
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).isEqualTo("peer.sh: liqoctl is needed but not installed.\n");
		assertThat(run.calls()).isEmpty();
	}

	@Test
	void stopsBeforeChangingAnythingWhenAnApiServerDoesNotAnswer() throws Exception {
		// Rows are matched in order: the failing one goes before the defaults.
		StubbedShell failing = healthy("gke-east", "edge");
		failing.respond("kubectl", "--kubeconfig */edge.kubeconfig --request-timeout=20s get --raw /version", 1, "");
		withDefaults(failing, "gke-east", "edge");
		Run run = failing.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("the API server of edge does not answer");
		assertThat(run.calls("liqoctl")).isEmpty();
	}

	@Test
	void refusesAnotherLiqoReleaseAndNeverEchoesAHostileVersion() throws Exception {
		StubbedShell shell = healthy("gke-east", "edge");
		shell.respond("liqoctl", "info --kubeconfig */edge.kubeconfig -g local.version", 0, "v1.1.2");
		withDefaults(shell, "gke-east", "edge");
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("edge does not run Liqo v1.2.0 (liqoctl info reports v1.1.2)");
		assertThat(run.calls("liqoctl")).noneMatch((call) -> call.startsWith("liqoctl [peer]"));

		StubbedShell hostile = healthy("gke-east", "edge");
		Path marker = hostile.folder().resolve("pwned");
		hostile.respond("liqoctl", "info --kubeconfig */edge.kubeconfig -g local.version", 0,
				"$(touch " + marker + ")\u001b[2J`touch " + marker + "`");
		withDefaults(hostile, "gke-east", "edge");
		Run attacked = hostile.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(attacked.exitCode()).isEqualTo(1);
		assertThat(attacked.stderr()).contains("reports an unreadable value").doesNotContain("\u001b");
		assertThat(Files.exists(marker)).isFalse();
	}

	@Test
	void refusesAClusterIdThatIsNotADnsLabel() throws Exception {
		StubbedShell shell = healthy("gke-east", "edge");
		Path marker = shell.folder().resolve("pwned");
		shell.respond("liqoctl", "info --kubeconfig */edge.kubeconfig -g local.clusterid", 0,
				"edge;touch " + marker);
		withDefaults(shell, "gke-east", "edge");
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("no valid cluster ID for edge");
		assertThat(Files.exists(marker)).isFalse();
		assertThat(run.calls("liqoctl")).noneMatch((call) -> call.startsWith("liqoctl [peer]"));
	}

	@Test
	void failsWhenAModuleOfThePeeringIsNotHealthy() throws Exception {
		StubbedShell shell = healthy("gke-east", "edge");
		shell.respond("liqoctl", "info peer --kubeconfig * -g authentication.status", 0, "Unhealthy");
		withDefaults(shell, "gke-east", "edge");
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("the authentication of the peering of gke-east with edge is Unhealthy");
	}

	@Test
	void failsWhenLiqoctlPeerFails() throws Exception {
		StubbedShell shell = healthy("gke-east", "edge");
		shell.respond("liqoctl", "peer *", 1, "timed out waiting for the gateway server");
		withDefaults(shell, "gke-east", "edge");
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stdout()).doesNotContain("Peered:");
		assertThat(run.calls("kubectl")).noneMatch((call) -> call.contains("[wait]"));
	}

	@Test
	void bothDirectionsShareOneTunnelWithTheServerOnTheSameCluster() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=eks-prod&a.location=cloud&a.distribution=eks"
				+ "&b.name=aks-west&b.location=cloud&b.distribution=aks&peering=both";
		StubbedShell shell = withDefaults(healthy("eks-prod", "aks-west"), "eks-prod", "aks-west");
		Run run = shell.run("peer.sh", peerScript(query));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		String a = shell.folder().resolve("eks-prod.kubeconfig").toString();
		String b = shell.folder().resolve("aks-west.kubeconfig").toString();
		assertThat(run.calls("liqoctl")).filteredOn((call) -> call.startsWith("liqoctl [peer]")).containsExactly(
				"liqoctl [peer] [--kubeconfig] [" + a + "] [--remote-kubeconfig] [" + b + "] "
						+ "[--gw-server-service-location] [Provider] [--gw-server-service-type] [LoadBalancer]",
				"liqoctl [peer] [--kubeconfig] [" + b + "] [--remote-kubeconfig] [" + a + "] "
						+ "[--gw-server-service-location] [Consumer] [--gw-server-service-type] [LoadBalancer]");
	}

	@Test
	void natToNatDialsTheForwardedPortOfThePinnedNodePort() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=home&a.location=onprem-nat&b.name=shop"
				+ "&b.location=onprem-nat&b.address=shop.example.net&b.natGatewayPort=31840&peering=a-to-b";
		StubbedShell shell = withDefaults(healthy("home", "shop"), "home", "shop");
		Run run = shell.run("peer.sh", peerScript(query));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.calls("liqoctl")).filteredOn((call) -> call.startsWith("liqoctl [peer]"))
			.singleElement()
			.satisfies((call) -> assertThat(call).endsWith("[--gw-server-service-location] [Provider] "
					+ "[--gw-server-service-type] [NodePort] [--gw-server-service-nodeport] [31840] "
					+ "[--gw-client-address] [shop.example.net] [--gw-client-port] [31840] [--in-band]"));
	}

	@Test
	void withoutTheRouterAddressTheGatewayAddressIsRequiredAndChecked() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=home&a.location=onprem-nat&b.name=shop"
				+ "&b.location=onprem-nat&b.natGatewayPort=40000&peering=a-to-b";
		StubbedShell missing = withDefaults(healthy("home", "shop"), "home", "shop");
		Run run = missing.run("peer.sh", peerScript(query));
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.stderr()).contains("set GATEWAY_ADDRESS to the public address of the NAT router in front of shop");
		StubbedShell hostile = withDefaults(healthy("home", "shop"), "home", "shop");
		hostile.env("GATEWAY_ADDRESS", "x --gw-server-service-type ClusterIP");
		Run refused = hostile.run("peer.sh", peerScript(query));
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.calls()).isEmpty();
		StubbedShell given = withDefaults(healthy("home", "shop"), "home", "shop");
		given.env("GATEWAY_ADDRESS", "198.51.100.7");
		Run ok = given.run("peer.sh", peerScript(query));
		assertThat(ok.exitCode()).as(ok.stderr()).isZero();
		assertThat(ok.calls("liqoctl")).anySatisfy((call) -> assertThat(call)
			.contains("[--gw-server-service-nodeport] [31840] [--gw-client-address] [198.51.100.7] "
					+ "[--gw-client-port] [40000]"));
	}

	@Test
	void anOnPremLoadBalancerIsCheckedBeforePeering() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=office&a.location=onprem&b.name=lab&b.location=onprem"
				+ "&b.lb=yes&b.address=lab.example.com&peering=a-to-b";
		StubbedShell none = withDefaults(healthy("office", "lab"), "office", "lab");
		none.respond("kubectl", "* get namespace metallb-system", 1, "");
		Run run = none.run("peer.sh", peerScript(query));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("found no LoadBalancer implementation on lab");
		assertThat(run.calls("liqoctl")).noneMatch((call) -> call.startsWith("liqoctl [peer]"));

		StubbedShell serving = healthy("office", "lab");
		serving.respond("kubectl", "* get namespace metallb-system", 1, "")
			.respond("kubectl", "* get services -A -o jsonpath=*", 0, " 192.168.1.240 ");
		withDefaults(serving, "office", "lab");
		Run served = serving.run("peer.sh", peerScript(query));
		assertThat(served.exitCode()).as(served.stderr()).isZero();
		assertThat(served.calls("liqoctl")).anySatisfy((call) -> assertThat(call)
			.contains("[--gw-server-service-location] [Provider] [--gw-server-service-type] [LoadBalancer]"));
	}

	@Test
	void onEksTheLoadBalancerControllerMustRun() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=edge&a.location=onprem-nat&b.name=eks-prod"
				+ "&b.location=cloud&b.distribution=eks&peering=a-to-b";
		StubbedShell shell = healthy("edge", "eks-prod");
		shell.respond("kubectl", "* -n kube-system get deployment aws-load-balancer-controller", 1, "");
		withDefaults(shell, "edge", "eks-prod");
		Run run = shell.run("peer.sh", peerScript(query));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("the AWS Load Balancer Controller does not run on eks-prod");
		shell.env("SKIP_LB_CHECK", "yes");
		assertThat(shell.run("peer.sh", peerScript(query)).exitCode()).isZero();
	}

	@Test
	void undoUnpeersEachDirectionThenUninstallsBoth() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=eks-prod&a.location=cloud&a.distribution=eks"
				+ "&b.name=aks-west&b.location=cloud&b.distribution=aks&peering=both";
		StubbedShell shell = healthy("eks-prod", "aks-west");
		// A broken Liqo does not stop the teardown.
		shell.respond("liqoctl", "info *", 1, "");
		Run run = shell.run("peer.sh", peerScript(query), "undo");
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		String a = shell.folder().resolve("eks-prod.kubeconfig").toString();
		String b = shell.folder().resolve("aks-west.kubeconfig").toString();
		assertThat(run.calls("liqoctl")).containsExactly(
				"liqoctl [unpeer] [--kubeconfig] [" + a + "] [--remote-kubeconfig] [" + b + "]",
				"liqoctl [unpeer] [--kubeconfig] [" + b + "] [--remote-kubeconfig] [" + a + "]",
				"liqoctl [uninstall] [--kubeconfig] [" + a + "] [--skip-confirm]",
				"liqoctl [uninstall] [--kubeconfig] [" + b + "] [--skip-confirm]");
	}

	@Test
	void undoRefusesWhileNamespacesAreOffloaded() throws Exception {
		StubbedShell shell = healthy("gke-east", "edge");
		shell.respond("kubectl", "--kubeconfig */gke-east.kubeconfig get namespaceoffloadings -A -o name", 0,
				"namespaceoffloading.offloading.liqo.io/offloading");
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER), "undo");
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("gke-east still offloads namespaces");
		assertThat(run.calls("liqoctl")).isEmpty();
	}

	@Test
	void refusesAnUnknownAction() throws Exception {
		StubbedShell shell = healthy("gke-east", "edge");
		Run run = shell.run("peer.sh", peerScript(NAT_PROVIDER), "destroy-everything");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.calls()).isEmpty();
	}

}
