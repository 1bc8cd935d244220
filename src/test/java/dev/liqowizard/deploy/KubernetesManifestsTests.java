package dev.liqowizard.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The manifests under deploy/kubernetes, parsed and held against the running application and the
 * Dockerfile: no cluster runs here, so what a cluster would check first is checked in this test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@SuppressWarnings("unchecked")
class KubernetesManifestsTests {

	private static final Path DIRECTORY = Path.of("deploy/kubernetes");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void kustomizationListsEveryManifestAndNothingElse() throws IOException {
		Map<String, Object> kustomization = load(DIRECTORY.resolve("kustomization.yaml")).get(0);
		assertThat(kustomization).containsEntry("kind", "Kustomization");
		List<String> manifests;
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			manifests = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
				.toList();
		}
		assertThat(list(kustomization, "resources")).containsExactlyInAnyOrderElementsOf(manifests);
		assertThat(kinds()).containsExactlyInAnyOrder("Deployment", "Service", "HorizontalPodAutoscaler",
				"PodDisruptionBudget");
	}

	@Test
	void probesAskHealthGroupsThatAnswer200OnTheRunningApp() throws Exception {
		Map<String, Object> container = container();
		List<String> paths = new ArrayList<>();
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			Map<String, Object> httpGet = map(map(container, probe), "httpGet");
			assertThat(containerPort(container, httpGet.get("port"))).as(probe).isEqualTo(8080);
			paths.add((String) httpGet.get("path"));
		}
		assertThat(paths).containsExactly("/actuator/health/liveness", "/actuator/health/liveness",
				"/actuator/health/readiness");
		for (String path : paths) {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void portsMatchFromTheServiceToTheApplication() throws IOException {
		Map<String, Object> container = container();
		Map<String, Object> service = manifest("Service");
		Map<String, Object> servicePort = (Map<String, Object>) list(map(service, "spec"), "ports").get(0);
		assertThat(containerPort(container, servicePort.get("targetPort"))).isEqualTo(8080);
		assertThat(map(map(service, "spec"), "selector")).isEqualTo(podLabels());
		// The application listens on 8080: Spring Boot's default, not overridden, and what the image exposes.
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		assertThat(properties.getProperty("server.port", "8080")).isEqualTo("8080");
		assertThat(dockerfile()).containsPattern("(?m)^EXPOSE 8080$");
	}

	@Test
	void podRunsAsTheImagesNonRootUserWithAReadOnlyRootAndNoPrivileges() throws IOException {
		Matcher user = Pattern.compile("(?m)^USER (\\d+)$").matcher(dockerfile());
		assertThat(user.find()).as("the Dockerfile has a numeric USER").isTrue();
		int imageUid = Integer.parseInt(user.group(1));
		assertThat(imageUid).isPositive();
		Map<String, Object> podSpec = podSpec();
		Map<String, Object> pod = map(podSpec, "securityContext");
		assertThat(pod).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", imageUid);
		assertThat(map(pod, "seccompProfile")).containsEntry("type", "RuntimeDefault");
		Map<String, Object> container = map(container(), "securityContext");
		assertThat(container).containsEntry("readOnlyRootFilesystem", true)
			.containsEntry("allowPrivilegeEscalation", false)
			.containsEntry("runAsNonRoot", true);
		assertThat(list(map(container, "capabilities"), "drop")).containsExactly("ALL");
		// Tomcat needs a writable temporary directory: /tmp from an emptyDir.
		Map<String, Object> mount = (Map<String, Object>) list(container(), "volumeMounts").get(0);
		assertThat(mount).containsEntry("mountPath", "/tmp");
		Map<String, Object> volume = (Map<String, Object>) list(podSpec, "volumes").get(0);
		assertThat(volume).containsEntry("name", mount.get("name")).containsKey("emptyDir");
	}

	@Test
	void deploymentScalesWithoutCoordination() throws IOException {
		Map<String, Object> deployment = manifest("Deployment");
		assertThat(map(deployment, "spec")).containsEntry("replicas", 2);
		assertThat(map(map(deployment, "spec"), "selector")).containsEntry("matchLabels", podLabels());
		Map<String, Object> resources = map(container(), "resources");
		for (String kind : List.of("requests", "limits")) {
			assertThat(map(resources, kind)).as(kind).containsKeys("cpu", "memory");
		}
		assertThat(list(container(), "env")).contains(Map.of("name", "WIZARD_PUBLIC_URL", "value",
				"https://wizard.example.org"));
		assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
			.contains("wizard.public-url=${WIZARD_PUBLIC_URL:");
		Map<String, Object> autoscaler = manifest("HorizontalPodAutoscaler");
		assertThat(autoscaler).containsEntry("apiVersion", "autoscaling/v2");
		assertThat(map(map(autoscaler, "spec"), "scaleTargetRef")).containsEntry("kind", "Deployment")
			.containsEntry("name", map(deployment, "metadata").get("name"));
		assertThat((Integer) map(autoscaler, "spec").get("minReplicas")).isGreaterThanOrEqualTo(2);
		Map<String, Object> budget = manifest("PodDisruptionBudget");
		assertThat(budget).containsEntry("apiVersion", "policy/v1");
		assertThat(map(map(budget, "spec"), "selector")).containsEntry("matchLabels", podLabels());
		assertThat(map(budget, "spec")).containsEntry("minAvailable", 1);
	}

	@Test
	void kustomizeBuildsTheManifests() throws Exception {
		Path kubectl = Path.of("/usr/bin/kubectl");
		assumeThat(Files.isExecutable(kubectl)).as("kubectl is installed").isTrue();
		Process build = new ProcessBuilder(kubectl.toString(), "kustomize", DIRECTORY.toString()).redirectErrorStream(true)
			.start();
		String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(build.exitValue()).as(output).isZero();
		assertThat(output).contains("kind: Deployment", "kind: Service", "kind: HorizontalPodAutoscaler",
				"kind: PodDisruptionBudget", "image: liqo-peering-wizard:0.1.0");
	}

	private static List<String> kinds() throws IOException {
		List<String> kinds = new ArrayList<>();
		List<String> resources = list(load(DIRECTORY.resolve("kustomization.yaml")).get(0), "resources");
		for (String resource : resources) {
			for (Map<String, Object> document : load(DIRECTORY.resolve(resource))) {
				kinds.add((String) document.get("kind"));
			}
		}
		return kinds;
	}

	private static Map<String, Object> manifest(String kind) throws IOException {
		Map<String, Map<String, Object>> byKind = new HashMap<>();
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".yaml")).toList()) {
				for (Map<String, Object> document : load(file)) {
					assertThat(byKind.put((String) document.get("kind"), document)).as("one " + document.get("kind"))
						.isNull();
				}
			}
		}
		assertThat(byKind).containsKey(kind);
		return byKind.get(kind);
	}

	private static Map<String, Object> podSpec() throws IOException {
		return map(map(map(manifest("Deployment"), "spec"), "template"), "spec");
	}

	private static Map<String, Object> podLabels() throws IOException {
		return map(map(map(map(manifest("Deployment"), "spec"), "template"), "metadata"), "labels");
	}

	private static Map<String, Object> container() throws IOException {
		List<Object> containers = list(podSpec(), "containers");
		assertThat(containers).hasSize(1);
		return (Map<String, Object>) containers.get(0);
	}

	/** A port as a probe or Service names it (a number, or the name of a container port) as a number. */
	private static int containerPort(Map<String, Object> container, Object port) {
		for (Object declared : list(container, "ports")) {
			Map<String, Object> containerPort = (Map<String, Object>) declared;
			if (port.equals(containerPort.get("name")) || port.equals(containerPort.get("containerPort"))) {
				return (Integer) containerPort.get("containerPort");
			}
		}
		throw new AssertionError("no container port " + port);
	}

	private static String dockerfile() throws IOException {
		return Files.readString(Path.of("Dockerfile"));
	}

	private static List<Map<String, Object>> load(Path file) throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml().loadAll(Files.readString(file))) {
			documents.add((Map<String, Object>) document);
		}
		return documents;
	}

	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (Map<String, Object>) parent.get(key);
	}

	private static <T> List<T> list(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (List<T>) parent.get(key);
	}

}
