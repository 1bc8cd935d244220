package dev.liqowizard.liqo.v120;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;
import dev.liqowizard.support.StubbedShell;
import dev.liqowizard.support.StubbedShell.Run;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code install-<name>.sh}, run under {@code sh} with stub {@code kubectl} and {@code liqoctl}. */
class InstallScriptTests {

	private static final Provenance PROVENANCE = new Provenance("test", "v1.2.0", "https://wizard.example/plan?x=1",
			"https://wizard.example/wizard/details?x=1");

	private static String installScript(String query, Side side) {
		Plan plan = TestQueries.plan(query);
		return V120Files.file(plan, PROVENANCE, FileNames.installUrl(side)).orElseThrow().text();
	}

	private static StubbedShell liqoThatRuns() throws Exception {
		return new StubbedShell("kubectl", "liqoctl").respond("liqoctl", "info -g local.version", 0, "v1.2.0")
			.respond("liqoctl", "info -g health.healthy", 0, "true");
	}

	@Test
	void installsK3sWithItsOwnFlagsAndChecksThatLiqoRuns() throws Exception {
		Run run = liqoThatRuns().run("install-edge.sh", installScript(PeerScriptTests.NAT_PROVIDER, Side.B));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.calls("liqoctl")).containsExactly(
				"liqoctl [install] [k3s] [--version] [v1.2.0] [--cluster-id] [edge] [--pod-cidr] [10.42.0.0/16] "
						+ "[--service-cidr] [10.43.0.0/16]",
				"liqoctl [info]", "liqoctl [info] [-g] [local.version]", "liqoctl [info] [-g] [health.healthy]");
		assertThat(run.stdout()).contains("Next: install gke-east with install-gke-east.sh, then run peer.sh inside "
				+ "the network of edge.");
	}

	@Test
	void stopsWhenTheApiServerDoesNotAnswerOrTheInstallFails() throws Exception {
		StubbedShell down = liqoThatRuns();
		down.respond("kubectl", "get --raw /version", 1, "");
		Run run = down.run("install-edge.sh", installScript(PeerScriptTests.NAT_PROVIDER, Side.B));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("the API server of edge does not answer");
		assertThat(run.calls("liqoctl")).isEmpty();

		StubbedShell failing = new StubbedShell("kubectl", "liqoctl").respond("liqoctl", "install *", 1, "boom");
		Run failed = failing.run("install-edge.sh", installScript(PeerScriptTests.NAT_PROVIDER, Side.B));
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.stdout()).doesNotContain("runs on edge");
	}

	@Test
	void failsWhenLiqoIsNotHealthyAfterTheInstall() throws Exception {
		StubbedShell shell = new StubbedShell("kubectl", "liqoctl")
			.respond("liqoctl", "info -g local.version", 0, "v1.2.0")
			.respond("liqoctl", "info -g health.healthy", 1, "");
		Run run = shell.run("install-edge.sh", installScript(PeerScriptTests.NAT_PROVIDER, Side.B));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr()).contains("Liqo on edge is not healthy yet");
	}

	@Test
	void aksNeedsWhatTheWizardCannotKnowAndPassesItAsOneWordEach() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=edge&a.location=onprem-nat&b.name=azure"
				+ "&b.location=cloud&b.distribution=aks";
		Run missing = liqoThatRuns().run("install-azure.sh", installScript(query, Side.B));
		assertThat(missing.exitCode()).isNotZero();
		assertThat(missing.stderr()).contains("set AKS_SUBSCRIPTION_ID to the ID of the Azure subscription of azure");
		assertThat(missing.calls()).isEmpty();

		StubbedShell shell = liqoThatRuns();
		Path marker = shell.folder().resolve("pwned");
		shell.env("AKS_SUBSCRIPTION_ID", "0000-1111").env("AKS_RESOURCE_GROUP", "rg; touch " + marker)
			.env("AKS_RESOURCE_NAME", "$(touch " + marker + ")");
		Run run = shell.run("install-azure.sh", installScript(query, Side.B));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.calls("liqoctl").get(0)).isEqualTo("liqoctl [install] [aks] [--version] [v1.2.0] "
				+ "[--cluster-id] [azure] [--subscription-id] [0000-1111] [--resource-group-name] [rg; touch " + marker
				+ "] [--resource-name] [$(touch " + marker + ")]");
		assertThat(Files.exists(marker)).isFalse();
	}

	@Test
	void gkeTakesZoneOrRegionAndKeepsTheLiqoClusterId() throws Exception {
		StubbedShell shell = liqoThatRuns();
		Path key = shell.file("key.json", "{}");
		shell.env("GKE_CREDENTIALS_PATH", key.toString()).env("GKE_PROJECT_ID", "proj")
			.env("GKE_CLUSTER_NAME", "prod-1").env("GKE_ZONE", "europe-west1-b").env("GKE_REGION", "europe-west1");
		String query = "liqo=v1.2.0&network=internet&a.name=gke-east&a.location=cloud&a.distribution=gke"
				+ "&b.name=edge&b.location=onprem-nat&peering=a-to-b";
		Run both = shell.run("install-gke-east.sh", installScript(query, Side.A));
		assertThat(both.exitCode()).isEqualTo(1);
		assertThat(both.stderr()).contains("set GKE_ZONE or GKE_REGION, not both.");

		shell.env("GKE_ZONE", "");
		Run run = shell.run("install-gke-east.sh", installScript(query, Side.A));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.calls("liqoctl").get(0)).isEqualTo("liqoctl [install] [gke] [--version] [v1.2.0] "
				+ "[--credentials-path] [" + key + "] [--project-id] [proj] [--cluster-id] [prod-1] [--region] "
				+ "[europe-west1] [--set] [discovery.config.clusterID=gke-east]");
	}

	@Test
	void plainKubernetesUsesKubeadmOnlyWhereItsControllerManagerPodRuns() throws Exception {
		String query = "liqo=v1.2.0&network=lan&a.name=rack-1&a.location=onprem&a.distribution=k8s"
				+ "&b.name=rack-2&b.location=onprem&b.distribution=k8s&b.address=192.168.10.20";
		String script = installScript(query, Side.B);

		StubbedShell kubeadm = liqoThatRuns().respond("kubectl",
				"-n kube-system get pods -l component=kube-controller-manager,tier=control-plane -o name", 0,
				"pod/kube-controller-manager-cp1");
		Run run = kubeadm.run("install-rack-2.sh", script);
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.calls("liqoctl").get(0)).isEqualTo("liqoctl [install] [kubeadm] [--version] [v1.2.0] "
				+ "[--cluster-id] [rack-2] [--set] [apiServer.address=https://192.168.10.20:6443]");

		Run none = liqoThatRuns().run("install-rack-2.sh", script);
		assertThat(none.exitCode()).isEqualTo(1);
		assertThat(none.stderr()).contains("no kube-controller-manager pod", "set POD_CIDR and SERVICE_CIDR");
		assertThat(none.calls("liqoctl")).isEmpty();

		StubbedShell generic = liqoThatRuns().env("POD_CIDR", "10.32.0.0/16").env("SERVICE_CIDR", "10.33.0.0/16");
		Run given = generic.run("install-rack-2.sh", script);
		assertThat(given.exitCode()).as(given.stderr()).isZero();
		assertThat(given.calls("liqoctl").get(0)).isEqualTo("liqoctl [install] [--version] [v1.2.0] [--cluster-id] "
				+ "[rack-2] [--pod-cidr] [10.32.0.0/16] [--service-cidr] [10.33.0.0/16] [--api-server-url] "
				+ "[https://192.168.10.20:6443] [--disable-api-server-sanity-check]");
	}

	@Test
	void aPublicProviderWithoutAnAddressNeedsTheApiUrl() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=edge&a.location=onprem-nat&a.distribution=k3s"
				+ "&b.name=lab&b.location=onprem&b.distribution=k3s&peering=a-to-b";
		String script = installScript(query, Side.B);
		Run missing = liqoThatRuns().run("install-lab.sh", script);
		assertThat(missing.exitCode()).isNotZero();
		assertThat(missing.stderr()).contains("set API_SERVER_URL to the https URL where edge reaches the API server "
				+ "of lab");
		Run plain = liqoThatRuns().env("API_SERVER_URL", "http://lab.example.com").run("install-lab.sh", script);
		assertThat(plain.exitCode()).isEqualTo(1);
		assertThat(plain.stderr()).contains("must start with https://");
		Run run = liqoThatRuns().env("API_SERVER_URL", "https://lab.example.com:6443").run("install-lab.sh", script);
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.calls("liqoctl").get(0)).endsWith("[--api-server-url] [https://lab.example.com:6443]");
	}

	@Test
	void aNatProviderWithAnApiForwardAdvertisesTheRouterAndPrintsTheForward() throws Exception {
		String query = "liqo=v1.2.0&network=internet&a.name=azure&a.location=cloud&a.distribution=aks"
				+ "&b.name=edge&b.location=onprem-nat&b.distribution=k3s&b.address=203.0.113.10&b.natApiPort=16443";
		Run run = liqoThatRuns().run("install-edge.sh", installScript(query, Side.B));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.calls("liqoctl").get(0)).endsWith("[--api-server-url] [https://203.0.113.10:16443]");
		assertThat(run.stdout()).contains("Set these forwards on the NAT router in front of edge (203.0.113.10)",
				"TCP 16443 -> port 6443 of the control-plane node (Kubernetes API server)");
	}

}
