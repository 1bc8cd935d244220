package dev.liqowizard.liqo.v032;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.liqowizard.liqo.v032.ScriptWorld.Run;
import dev.liqowizard.plan.Side;

import static dev.liqowizard.liqo.v032.ScriptWorld.OWN_ID;
import static dev.liqowizard.liqo.v032.ScriptWorld.PEER_ID;
import static dev.liqowizard.liqo.v032.ScriptWorld.PEER_TOKEN;
import static dev.liqowizard.liqo.v032.ScriptWorld.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated install scripts of a few plans, run under {@code sh} against stub tools that
 * answer as a healthy cluster would, or with hostile, empty or failing answers: each stops with
 * its message and runs nothing it should not.
 */
class InstallScriptRunTests {

	private static final String NAT = "seed-onprem-nat-to-cloud";

	private static final String ROUTED = "derived-onprem-to-onprem-routed";

	private static final String LAN = "seed-onprem-to-onprem";

	private static final String EKS = "derived-cloud-to-cloud-eks-ingress";

	private static final String CLOUD = "seed-cloud-to-cloud";

	@TempDir
	Path dir;

	private ScriptWorld world(String goldenCase, Side side) throws Exception {
		return ScriptWorld.of(this.dir, goldenCase, side);
	}

	// A healthy run of every kind of plan

	@Test
	void aFirstRunInstallsAndPrintsThePeeringValuesQuoted() throws Exception {
		Run run = world(NAT, Side.A).run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.out()).contains("  PEER_AUTH_URL='https://203.0.113.10' PEER_CLUSTER_ID='" + OWN_ID
				+ "' PEER_TOKEN='" + TOKEN + "' sh 'install-azure.sh'");
		assertThat(run.calls()).contains("helm upgrade --install liqo liqo/liqo --version v0.3.2 -n liqo "
				+ "--create-namespace -f values-edge.yaml");
		assertThat(run.ran("liqoctl add")).isFalse();
	}

	// 1. Routed networks peer with liqoctl add cluster, never a hand-made ForeignCluster

	@Test
	void theRoutedScriptPeersWithLiqoctlAddClusterAndAppliesNoForeignCluster() throws Exception {
		Run run = world(ROUTED, Side.A).peerValues("https://10.20.0.10:31443", PEER_ID, PEER_TOKEN).run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.calls()).contains("liqoctl add cluster site-b --auth-url https://10.20.0.10:31443 --id "
				+ PEER_ID + " --token " + PEER_TOKEN);
		assertThat(run.ran("kubectl apply")).as(run.toString()).isFalse();
		assertThat(run.out()).contains("site-a peers with site-b");
	}

	@Test
	void requiresThePeerAuthUrlWhenThePlanDoesNotKnowIt() throws Exception {
		Run run = world(ROUTED, Side.B).peerValues(null, PEER_ID, PEER_TOKEN).run("--yes");
		assertThat(run.status()).isNotZero();
		assertThat(run.err()).contains("set PEER_AUTH_URL to the auth URL printed by the script of the peer");
		assertThat(run.calls()).isEmpty();
	}

	@Test
	void wordingSaysLiqoctlAddClusterAndHowToEnableOutgoingPeeringAfterDnsDiscovery() {
		var plan = dev.liqowizard.support.TestQueries.plan("liqo=v0.3.2&" + GoldenFilesTests.CASES.get(ROUTED));
		var files = new dev.liqowizard.download.PlanDownloads(dev.liqowizard.support.TestQueries.RELEASES).all(plan,
				new dev.liqowizard.artifact.Provenance("t", "v0.3.2", "u", "d"));
		String all = String.join("\n", files.stream().map((file) -> file.text()).toList()) + plan.discovery().summary()
				+ String.join("\n", plan.discovery().steps()) + plan.discovery().method().title();
		assertThat(all).doesNotContain("what liqoctl add cluster would create")
			.doesNotContain("kind: ForeignCluster")
			.doesNotContain("ForeignCluster by hand");
		String readme = files.stream().filter((file) -> file.fileName().equals("README.md")).findFirst().orElseThrow()
			.text();
		assertThat(readme).contains("outgoingPeeringEnabled").contains("liqoctl add cluster` finds the discovered");
		assertThat(String.join("\n", plan.discovery().steps())).contains("liqoctl add cluster");
	}

	// 2. Verification waits for the virtual node, Ready

	@Test
	void verificationStopsWhenTheVirtualNodeIsNotReadyThoughThePeeringReadsEstablished() throws Exception {
		Run run = world(EKS, Side.A).answer("kubectl", "get node liqo-*Ready*", "False")
			.peerValues("https://34.118.10.21", PEER_ID, PEER_TOKEN)
			.run("--yes");
		assertThat(run.status()).as(run.toString()).isEqualTo(1);
		assertThat(run.err()).contains("the peering reads Established but the virtual node liqo-" + PEER_ID
				+ " is not Ready after 3 minutes")
			.contains("--disable-kubelet-certificate-generation=true");
		assertThat(run.calls()).contains("kubectl get node liqo-" + PEER_ID
				+ " -o jsonpath={.status.conditions[?(@.type==\"Ready\")].status}");
	}

	@Test
	void theEksScriptPeersWhenTheVirtualNodeIsReady() throws Exception {
		Run run = world(EKS, Side.A).peerValues("https://34.118.10.21", PEER_ID, PEER_TOKEN).run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.out()).contains("the virtual node liqo-" + PEER_ID + " is Ready");
	}

	@Test
	void theEksCredentialsReachHelmThroughFilesNotItsCommandLine() throws Exception {
		Run run = world(EKS, Side.A).env("LIQO_AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI-secret").run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.calls()).filteredOn((call) -> call.startsWith("helm upgrade --install"))
			.singleElement()
			.satisfies((call) -> assertThat(call).contains("--set-file awsConfig.secretAccessKey=")
				.doesNotContain("wJalrXUtnFEMI-secret")
				.doesNotContain("--set-string"));
		assertThat(run.calls()).noneMatch((call) -> call.contains("wJalrXUtnFEMI-secret"));
	}

	// 4. The token Secret appears after liqo-auth starts

	@Test
	void pollsForTheAuthTokenSecretUntilItAppears() throws Exception {
		Run run = world(NAT, Side.A).answersInTurn("kubectl", "-n liqo get secret auth-token*", "", "", TOKEN)
			.run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.calls().stream().filter((call) -> call.startsWith("kubectl -n liqo get secret auth-token")))
			.hasSize(3);
		assertThat(run.out()).contains("PEER_TOKEN='" + TOKEN + "'");
	}

	@Test
	void stopsWhenTheAuthTokenSecretNeverAppears() throws Exception {
		Run run = world(NAT, Side.A).answer("kubectl", "-n liqo get secret auth-token*", "", 1).run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("the Secret liqo/auth-token has no token after 2 minutes");
		assertThat(run.out()).doesNotContain("PEER_TOKEN=");
	}

	// 6. Every command whose output is read stops the script when it fails or prints nothing

	@Test
	void stopsWhenLiqoctlGenerateAddCommandFails() throws Exception {
		Run run = world(ROUTED, Side.A).answer("liqoctl", "generate-add-command *", "", 1).run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("could not read the auth URL of this cluster: liqoctl failed");
		assertThat(run.out()).doesNotContain("PEER_AUTH_URL=");
	}

	@Test
	void stopsWhenTheClusterIdIsEmpty() throws Exception {
		Run run = world(LAN, Side.A).answer("kubectl", "-n liqo get configmap liqo-clusterid-configmap*", "")
			.run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("could not read the cluster ID of this cluster: kubectl printed nothing");
		assertThat(run.out()).doesNotContain("PEER_CLUSTER_ID=");
	}

	@Test
	void stopsWhenTheNodePortsCannotBeRead() throws Exception {
		Run run = world(NAT, Side.A).answer("kubectl", "-n liqo get service liqo-auth -o jsonpath=*nodePort*", "", 1)
			.run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("could not read the NodePort of liqo-auth");
		assertThat(run.out()).doesNotContain("Forward these ports");
	}

	// 8. The Helm repository

	@Test
	void keepsAnExistingLiqoRepositoryWithTheSameUrlAndUpdatesOnlyIt() throws Exception {
		Run run = world(LAN, Side.A).answer("helm", "repo list", "NAME\tURL\nbitnami\thttps://charts.bitnami.com\n"
				+ "liqo   \thttps://helm.liqo.io/\n").run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.ran("helm repo add")).isFalse();
		assertThat(run.calls()).contains("helm repo update liqo");
	}

	@Test
	void stopsWhenTheLiqoRepositoryPointsElsewhere() throws Exception {
		Run run = world(LAN, Side.A).answer("helm", "repo list", "NAME\tURL\nliqo\thttps://mirror.example/liqo\n")
			.run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("the Helm repository named liqo points at https://mirror.example/liqo, not at "
				+ "https://helm.liqo.io/").contains("helm repo remove liqo");
		assertThat(run.ran("helm repo add")).isFalse();
		assertThat(run.ran("helm upgrade")).isFalse();
	}

	@Test
	void addsTheRepositoryWhenThereIsNone() throws Exception {
		Run run = world(LAN, Side.A).run("--yes");
		assertThat(run.calls()).contains("helm repo add liqo https://helm.liqo.io/", "helm repo update liqo");
	}

	// 9. Running again

	@Test
	void aSecondRunOnAnInstalledV032AppliesTheCurrentValues() throws Exception {
		Run run = world(CLOUD, Side.A)
			.answer("helm", "list *", "[{\"name\":\"liqo\",\"namespace\":\"liqo\",\"revision\":\"1\",\"status\":"
					+ "\"deployed\",\"chart\":\"liqo-v0.3.2\",\"app_version\":\"v0.3.2\"}]")
			.run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.out()).contains("Liqo v0.3.2 is already installed on aks-west: applying the current values "
				+ "(helm upgrade --install)");
		assertThat(run.ran("helm upgrade --install liqo liqo/liqo --version v0.3.2")).isTrue();
	}

	@Test
	void anotherInstalledVersionStopsTheScript() throws Exception {
		Run run = world(CLOUD, Side.A)
			.answer("helm", "list *", "[{\"name\":\"liqo\",\"namespace\":\"liqo\",\"chart\":\"liqo-v0.3.1\"}]")
			.run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("aks-west has the Helm release liqo of another chart (liqo-v0.3.1)");
		assertThat(run.ran("helm upgrade")).isFalse();
		assertThat(run.ran("kubectl -n liqo wait")).isFalse();
	}

	@Test
	void stopsWhenHelmListFails() throws Exception {
		Run run = world(CLOUD, Side.A).answer("helm", "list *", "", 1).run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("could not read the installed Helm releases: helm failed");
		assertThat(run.ran("helm upgrade")).isFalse();
	}

	// 10. The right cluster

	@Test
	void withoutATerminalOrYesItShowsTheClusterAndStopsBeforeChangingAnything() throws Exception {
		Run run = world(ROUTED, Side.A).run();
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).contains("About to install Liqo v0.3.2 on site-a with kubectl context ctx-site-a, API "
				+ "server https://10.99.0.1:6443");
		assertThat(run.err()).contains("no terminal to ask whether this is the right cluster").contains("--yes");
		assertThat(run.calls()).allMatch((call) -> call.startsWith("kubectl config "));
	}

	@Test
	void anApiServerOtherThanThePlannedAddressStopsWithoutYes() throws Exception {
		Run run = world(CLOUD, Side.A).run();
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).contains("That API server is not at aks-west-1a2b3c4d.hcp.westeurope.azmk8s.io");
		assertThat(run.ran("helm")).isFalse();
	}

	@Test
	void anApiServerAtThePlannedAddressNeedsNoConfirmation() throws Exception {
		Run run = world(CLOUD, Side.A)
			.answer("kubectl", "config view --minify*", "https://aks-west-1a2b3c4d.hcp.westeurope.azmk8s.io:443")
			.run();
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.out()).contains("That API server is at aks-west-1a2b3c4d.hcp.westeurope.azmk8s.io, the address "
				+ "of aks-west in the plan");
	}

	@Test
	void stopsWhenThereIsNoCurrentContext() throws Exception {
		Run run = world(ROUTED, Side.A).answer("kubectl", "config current-context", "", 1).run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("could not read the current kubectl context");
		assertThat(run.ran("helm")).isFalse();
	}

	@Test
	void refusesAnUnknownArgument() throws Exception {
		Run run = world(ROUTED, Side.A).run("--force");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("unknown argument");
		assertThat(run.calls()).isEmpty();
	}

	// 11. Values read from a cluster and printed as a command to paste

	@ParameterizedTest
	@ValueSource(strings = { "ab'; touch /tmp/pwned; '", "$(id)", "ab12\nrm -rf /", "" })
	void refusesAHostileTokenReadFromTheCluster(String token) throws Exception {
		Run run = world(NAT, Side.A).answer("kubectl", "-n liqo get secret auth-token*", token).run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).containsAnyOf("is not a Liqo token", "has no token after 2 minutes");
		assertThat(run.out()).doesNotContain("PEER_TOKEN=");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0f6b7a3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c'$(id)'", "x'", "0F6B7A3C-1D2E-4F5A-8B9C-0D1E2F3A4B5C",
			"0f6b7a3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c\n$(id)" })
	void refusesAHostileClusterIdReadFromTheCluster(String clusterId) throws Exception {
		Run run = world(LAN, Side.A).answer("kubectl", "-n liqo get configmap liqo-clusterid-configmap*", clusterId)
			.run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("the cluster ID in liqo/liqo-clusterid-configmap is not a Liqo cluster ID");
		assertThat(run.out()).doesNotContain("PEER_CLUSTER_ID=");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://a.b'$(id)'", "https://evil.example.com/$(id)", "http://20.1.2.3",
			"https://cluster.internal:31000" })
	void refusesAHostileAuthUrlPrintedByLiqoctl(String url) throws Exception {
		Run run = world(ROUTED, Side.A)
			.answer("liqoctl", "generate-add-command *", "liqoctl add cluster site-a --auth-url " + url + " --id "
					+ OWN_ID + " --token " + TOKEN)
			.run("--yes");
		assertThat(run.status()).as(run.toString()).isEqualTo(1);
		assertThat(run.err()).contains("the auth URL of this cluster");
		assertThat(run.out()).doesNotContain("PEER_AUTH_URL=");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PEER_TOKEN=cd34'; touch pwned; '", "PEER_TOKEN=$(id)", "PEER_CLUSTER_ID=x'$(id)'",
			"PEER_CLUSTER_ID=" + PEER_ID + " x", "PEER_AUTH_URL=https://10.20.0.10:31443/'$(id)'",
			"PEER_AUTH_URL=https://liqo.mycluster.internal" })
	void refusesHostilePeerValuesBeforeRunningAnything(String assignment) throws Exception {
		String[] pair = assignment.split("=", 2);
		Run run = world(ROUTED, Side.A).peerValues("https://10.20.0.10:31443", PEER_ID, PEER_TOKEN)
			.env(pair[0], pair[1])
			.run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains(pair[0] + " ");
		assertThat(run.calls()).isEmpty();
		assertThat(this.dir.resolve("work/pwned")).doesNotExist();
	}

	@Test
	void acceptsAnAuthUrlWithAnIpAndPortOrAShortLastLabel() throws Exception {
		for (String url : new String[] { "https://203.0.113.10:30443", "https://liqo.edge.example.com" }) {
			Run run = ScriptWorld.of(this.dir.resolve(url.replace(':', '_').replace('/', '_')), ROUTED, Side.A)
				.answer("liqoctl", "generate-add-command *", "liqoctl add cluster site-a --auth-url " + url + " --id "
						+ OWN_ID + " --token " + TOKEN)
				.run("--yes");
			assertThat(run.status()).as(run.toString()).isZero();
			assertThat(run.out()).contains("PEER_AUTH_URL='" + url + "'");
		}
	}

	// 15. Secrets off command lines where the tool allows it

	@Test
	void theLanScriptPassesThePeerTokenToKubectlOnStdin() throws Exception {
		ScriptWorld world = world(LAN, Side.A).peerValues(null, PEER_ID, PEER_TOKEN);
		Run run = world.run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.calls()).anyMatch((call) -> call.startsWith("kubectl -n liqo create secret generic remote-token-"
				+ PEER_ID + " --from-file=token=/dev/stdin"));
		assertThat(run.calls()).noneMatch((call) -> call.contains(PEER_TOKEN));
		assertThat(world.stdinOfCreateSecret()).isEqualTo(PEER_TOKEN);
	}

	@Test
	void aPeeringRunDoesNotPrintTheOwnToken() throws Exception {
		Run run = world(NAT, Side.B).peerValues(null, PEER_ID, PEER_TOKEN).run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.out()).doesNotContain(TOKEN).contains("printed by a run without PEER_ variables");
		assertThat(run.ran("kubectl -n liqo get secret auth-token")).isFalse();
	}

	// 16. Preflight: the peer's auth service answers with the expected cluster ID

	@Test
	void checksThePeerAuthServiceFromAPinnedCurlPodBeforePeering() throws Exception {
		Run run = world(NAT, Side.B).peerValues(null, PEER_ID, PEER_TOKEN).run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.out()).contains("Checked https://203.0.113.10/ids from inside azure (a short-lived curl pod)")
			.contains("answers with the expected cluster ID");
		assertThat(run.calls()).anyMatch((call) -> call.startsWith("kubectl -n liqo run liqo-preflight-")
				&& call.contains("--rm -i") && call.contains("--restart=Never")
				&& call.contains("--image=" + InstallScriptWriter.CURL_IMAGE)
				&& call.endsWith("https://203.0.113.10/ids"));
		assertThat(run.calls()).anyMatch((call) -> call.startsWith("kubectl -n liqo delete pod liqo-preflight-"));
		int check = indexOf(run, "kubectl -n liqo run");
		int peer = indexOf(run, "liqoctl add cluster");
		assertThat(check).isLessThan(peer);
	}

	@Test
	void anUnreachableAuthServiceStopsBeforePeeringAndSaysWhatToCheck() throws Exception {
		Run run = world(NAT, Side.B).answer("kubectl", "-n liqo run *", "\npreflight-http-code=000")
			.peerValues(null, PEER_ID, PEER_TOKEN)
			.run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("the auth service of edge at https://203.0.113.10 did not answer")
			.contains("the port forward on the NAT router in front of edge: TCP 443")
			.contains("a firewall");
		assertThat(run.ran("liqoctl add")).isFalse();
	}

	@Test
	void anAuthServiceOfAnotherClusterStopsBeforePeering() throws Exception {
		Run run = world(ROUTED, Side.A)
			.answer("kubectl", "-n liqo run *", "{\"clusterId\":\"" + OWN_ID + "\"}\npreflight-http-code=200")
			.peerValues("https://10.20.0.10:31443", PEER_ID, PEER_TOKEN)
			.run("--yes");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("answers with another cluster ID than PEER_CLUSTER_ID");
		assertThat(run.ran("liqoctl add")).isFalse();
	}

	@Test
	void checksFromThisMachineWhenNoPodCanRun() throws Exception {
		Run run = world(EKS, Side.A).answer("kubectl", "-n liqo run *", "", 1)
			.answer("curl", "*", "{\"clusterId\":\"" + PEER_ID + "\"}\npreflight-http-code=200")
			.peerValues("https://34.118.10.21", PEER_ID, PEER_TOKEN)
			.run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.out()).contains("from this machine (no curl pod could run in eks-prod)");
		assertThat(run.calls()).contains("curl -sSk --max-time 10 -w \\npreflight-http-code=%{http_code}\\n "
				+ "https://34.118.10.21/ids");
	}

	@Test
	void theLanScriptChecksTheAuthUrlThatMdnsFound() throws Exception {
		Run run = world(LAN, Side.A).peerValues(null, PEER_ID, PEER_TOKEN).run("--yes");
		assertThat(run.status()).as(run.toString()).isZero();
		assertThat(run.out()).contains("Checked https://10.0.0.2:31443/ids from inside rack-1");
	}

	private static int indexOf(Run run, String prefix) {
		for (int i = 0; i < run.calls().size(); i++) {
			if (run.calls().get(i).startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}

}
