package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.Cidr;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.HelmValues;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Protocol;
import dev.liqowizard.plan.Role;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.Via;
import dev.liqowizard.plan.YesNo;

/**
 * The plan of one cluster in Liqo v1.2.0: its two rows of the table (Kubernetes API server,
 * network gateway), the notes that say why, the forwards on its NAT router, and the chart
 * values of the same installation that {@code liqoctl install} makes (keys of the v1.2.0 chart
 * only, per {@code reference/liqo/v1-facts.md} 8.2 and 8.3).
 */
final class ClusterPlanner {

	/** The chart's default pools plus the one liqoctl's GKE provider appends (Helm replaces lists). */
	static final List<String> GKE_POOLS = List.of("10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12", "34.118.224.0/20");

	private final Connectivity connectivity;

	private final ClusterAnswers cluster;

	private final ClusterAnswers peer;

	private final Reach reach;

	private final Role role;

	private final InstallProvider installer;

	private final String name;

	private final Network network;

	private ClusterPlanner(Answers answers, Connectivity connectivity, ClusterAnswers cluster) {
		this.connectivity = connectivity;
		this.cluster = cluster;
		this.peer = answers.cluster(cluster.side().other());
		this.reach = Reach.of(cluster, answers.network());
		this.role = connectivity.role(cluster.side());
		this.installer = InstallProvider.of(cluster);
		this.name = cluster.name();
		this.network = answers.network();
	}

	static ClusterPlan plan(Answers answers, Connectivity connectivity, ClusterAnswers cluster) {
		return new ClusterPlanner(answers, connectivity, cluster).plan();
	}

	private ClusterPlan plan() {
		List<String> notes = new ArrayList<>();
		Optional<String> apiServerUrl = apiServerUrl();
		List<ServicePlan> services = List.of(apiService(apiServerUrl, notes), gatewayService(notes));
		return new ClusterPlan(this.cluster, this.role, this.reach.label(), services, notes, values(apiServerUrl),
				forwards(), missing(), environment(), Optional.empty(), apiServerUrl);
	}

	private boolean provides() {
		return this.role.provides();
	}

	private boolean forwardsApi() {
		return this.reach == Reach.NAT_ONPREM && provides() && this.cluster.natApiPort().isPresent();
	}

	private boolean runsServer() {
		return this.connectivity.server().equals(Optional.of(this.cluster.side()));
	}

	private boolean forwardsGateway() {
		return this.reach == Reach.NAT_ONPREM && runsServer();
	}

	/** Whether the gateway server here is a LoadBalancer: only where one exists. */
	private boolean loadBalancer() {
		return this.reach == Reach.CLOUD || this.cluster.lb().filter(YesNo.YES::equals).isPresent();
	}

	private Optional<String> apiServerUrl() {
		return this.cluster.address().flatMap((host) -> switch (this.reach) {
			case CLOUD -> Optional.of("https://" + host);
			case PUBLIC_ONPREM, PRIVATE_ONPREM -> Optional.of(url(host, Connectivity.API_SERVER_PORT));
			case NAT_ONPREM -> forwardsApi() ? Optional.of(url(host, this.cluster.natApiPort().orElseThrow()))
					: Optional.empty();
		});
	}

	private ServicePlan apiService(Optional<String> url, List<String> notes) {
		Service row = Service.KUBERNETES_API_SERVER;
		String at = url.map((value) -> " at " + value).orElse("");
		String consumer = this.peer.name();
		if (!provides()) {
			notes.add("Kubernetes API server: " + this.name + " only offloads, so " + consumer + " never reaches it. "
					+ "The machine that runs peer.sh still needs it"
					+ (this.connectivity.operatorSite().equals(Optional.of(this.cluster.side()))
							? ": run peer.sh inside the network of " + this.name + "." : "."));
			return new ServicePlan(row, "Not reached by the peer", "Not reached", Optional.empty());
		}
		Via via = this.connectivity.providing(this.cluster.side()).orElseThrow().apiVia();
		return switch (this.reach) {
			case CLOUD -> {
				notes.add("Kubernetes API server: the endpoint your cloud provides" + at + "; " + consumer
						+ " reaches it directly. liqoctl install finds it; the Helm values set it as "
						+ "apiServer.address.");
				yield new ServicePlan(row, "Provided", "Managed endpoint", Optional.of(443));
			}
			case PUBLIC_ONPREM -> {
				notes.add("Kubernetes API server: " + consumer + " and the machine that runs peer.sh reach it on its "
						+ "public address" + url.map((value) -> ", " + value).orElse(", port " + Connectivity.API_SERVER_PORT)
						+ ", which Liqo advertises (apiServer.address). Its certificate must be valid for that "
						+ "address (on K3s: --tls-san).");
				yield new ServicePlan(row, "Public IP", "Public address", Optional.of(Connectivity.API_SERVER_PORT));
			}
			case PRIVATE_ONPREM -> {
				notes.add("Kubernetes API server: " + consumer + " reaches it directly on the private network"
						+ url.map((value) -> ", at " + value)
							.orElse(", at the address Liqo advertises: the kubeconfig's server, or the control-plane "
									+ "node's address, port " + Connectivity.API_SERVER_PORT)
						+ ".");
				yield new ServicePlan(row, "Exposed", "Private address", Optional.of(Connectivity.API_SERVER_PORT));
			}
			case NAT_ONPREM -> {
				if (via == Via.PORT_FORWARD) {
					int port = this.cluster.natApiPort().orElseThrow();
					notes.add("Kubernetes API server: the NAT router forwards TCP port " + port + " to port "
							+ Connectivity.API_SERVER_PORT + " of the control-plane node, and Liqo advertises "
							+ url.orElse("the router's public address and that port") + " (apiServer.address). The "
							+ "certificate must be valid for the router's address (on K3s: --tls-san).");
					yield new ServicePlan(row, "Port-forwarding", "Port forward",
							Optional.of(Connectivity.API_SERVER_PORT));
				}
				notes.add("Kubernetes API server: nothing is forwarded. " + consumer + " reaches it in-band, through "
						+ "the WireGuard tunnel, via liqo-proxy on port " + Connectivity.PROXY_PORT
						+ " (liqoctl peer --in-band).");
				yield new ServicePlan(row, "In-band through the tunnel", "In-band", Optional.of(Connectivity.PROXY_PORT));
			}
		};
	}

	private ServicePlan gatewayService(List<String> notes) {
		Service row = Service.NETWORK_GATEWAY;
		if (!runsServer()) {
			notes.add("Network gateway: " + this.name + " runs the gateway client, which dials out to the gateway "
					+ "server on " + this.peer.name() + "; nothing is exposed here"
					+ ((this.reach == Reach.NAT_ONPREM)
							? ", and the router needs no forward: the server learns the client's address from its "
									+ "handshakes, and pings through the tunnel every 2 seconds keep the NAT mapping."
							: "."));
			return new ServicePlan(row, "Gateway client (dials out)", "Client", Optional.empty());
		}
		String where = placementReason();
		if (forwardsGateway()) {
			int routerPort = this.cluster.natGatewayPort().orElseThrow();
			int nodePort = Connectivity.nodePort(routerPort);
			notes.add("Network gateway: the gateway server, a NodePort Service pinned to port " + nodePort
					+ " (--gw-server-service-nodeport). The NAT router forwards UDP port " + routerPort + " to it, and "
					+ this.peer.name() + "'s gateway client dials "
					+ this.cluster.address().map(HostAddress::value).orElse("the router's public address") + ":"
					+ routerPort + " (--gw-client-address, --gw-client-port)." + where);
			return new ServicePlan(row, "Gateway server: NodePort with port-forwarding", "NodePort",
					Optional.of(nodePort));
		}
		if (loadBalancer()) {
			String lb = switch (this.reach) {
				case CLOUD -> this.installer == InstallProvider.EKS
						? " On EKS the AWS Load Balancer Controller must run: the values annotate the Service for an "
								+ "internet-facing Network Load Balancer that carries UDP."
						: " The cloud gives it an address.";
				default -> " Your LoadBalancer implementation must hand out an address " + this.peer.name()
						+ " can reach.";
			};
			notes.add("Network gateway: the gateway server, a LoadBalancer Service on UDP port "
					+ Connectivity.GATEWAY_PORT + " that " + this.peer.name() + "'s gateway client dials." + lb + where);
			return new ServicePlan(row, "Gateway server: LoadBalancer", "LoadBalancer",
					Optional.of(Connectivity.GATEWAY_PORT));
		}
		notes.add("Network gateway: the gateway server, a NodePort Service (this cluster has no LoadBalancer "
				+ "implementation). " + this.peer.name() + "'s gateway client dials the address of the node that runs "
				+ "the gateway pod (its ExternalIP, else its InternalIP) and the NodePort: that address must be "
				+ ((this.reach == Reach.PUBLIC_ONPREM) ? "public" : "routable from " + this.peer.name())
				+ ", and UDP to ports 30000-32767 allowed." + where);
		return new ServicePlan(row, "Gateway server: NodePort", "NodePort", Optional.empty());
	}

	/** Why the server runs here, when that is not liqoctl's default (the provider). */
	private String placementReason() {
		if (this.role != Role.CONSUMER) {
			return "";
		}
		return " It runs on the consumer (--gw-server-service-location Consumer) because " + this.peer.name()
				+ switch (Reach.of(this.peer, this.network)) {
					case NAT_ONPREM -> " is behind NAT and cannot be dialed.";
					case CLOUD -> "'s LoadBalancer faces the Internet, and the tunnel should stay on the private "
							+ "network.";
					default -> (this.reach == Reach.CLOUD)
							? " is on premises, and a cloud LoadBalancer is the surest address to dial."
							: " has no LoadBalancer implementation and " + this.name + " has one.";
				};
	}

	private List<PortForward> forwards() {
		List<PortForward> forwards = new ArrayList<>();
		if (forwardsApi()) {
			forwards.add(new PortForward(Service.KUBERNETES_API_SERVER, this.cluster.natApiPort().orElseThrow(),
					Protocol.TCP, "port " + Connectivity.API_SERVER_PORT + " of the control-plane node"));
		}
		if (forwardsGateway()) {
			int routerPort = this.cluster.natGatewayPort().orElseThrow();
			forwards.add(new PortForward(Service.NETWORK_GATEWAY, routerPort, Protocol.UDP,
					"port " + Connectivity.nodePort(routerPort) + " (the gateway server's NodePort) of any node"));
		}
		return forwards;
	}

	private HelmValues values(Optional<String> apiServerUrl) {
		HelmValues values = new HelmValues();
		values.set("tag", V120Release.VERSION);
		apiServerUrl.ifPresent((url) -> values.set("apiServer.address", url));
		values.set("discovery.config.clusterID", this.name);
		this.installer.providerLabel()
			.ifPresent((label) -> values.set("discovery.config.clusterLabels", Map.of("liqo.io/provider", label)));
		this.cluster.effectivePodCidr().ifPresent((cidr) -> values.set("ipam.podCIDRs", List.of(cidr.toString())));
		this.cluster.effectiveServiceCidr().ifPresent((cidr) -> values.set("ipam.serviceCIDR", cidr.toString()));
		switch (this.installer) {
			case GKE -> values.set("ipam.pools", GKE_POOLS);
			case AKS -> {
				values.set("networking.fabric.config.gatewayMasqueradeBypass", true);
				values.set("virtualKubelet.virtualNode.extra.labels", Map.of("kubernetes.azure.com/managed", "false"));
			}
			case EKS -> {
				values.set("networking.fabric.config.fullMasquerade", true);
				values.set("networking.gatewayTemplates.server.service.annotations", eksAnnotations());
			}
			case K3S -> values.set("networking.fabric.config.nftablesMonitor", false);
			default -> {
			}
		}
		return values;
	}

	/** What liqoctl's EKS provider sets for the AWS Load Balancer Controller (pkg/liqoctl/install/eks). */
	private static Map<String, String> eksAnnotations() {
		Map<String, String> annotations = new LinkedHashMap<>();
		String prefix = "service.beta.kubernetes.io/aws-load-balancer-";
		annotations.put(prefix + "type", "external");
		annotations.put(prefix + "scheme", "internet-facing");
		annotations.put(prefix + "nlb-target-type", "ip");
		annotations.put(prefix + "healthcheck-port", "8083");
		annotations.put(prefix + "healthcheck-protocol", "HTTP");
		annotations.put(prefix + "healthcheck-path", "/healthz");
		annotations.put(prefix + "healthcheck-healthy-threshold", "2");
		annotations.put(prefix + "healthcheck-unhealthy-threshold", "3");
		annotations.put(prefix + "healthcheck-timeout", "10");
		annotations.put(prefix + "healthcheck-interval", "10");
		return annotations;
	}

	private List<MissingValue> missing() {
		List<MissingValue> missing = new ArrayList<>();
		if (this.cluster.address().isEmpty()) {
			addressMissing().ifPresent(missing::add);
		}
		boolean discovers = this.installer.discoversNetwork();
		String byScript = discovers ? " (liqoctl install finds it itself)"
				: (this.installer == InstallProvider.KUBEADM_OR_GENERIC)
						? " (the install script reads it from the kube-controller-manager pod where there is one, "
								+ "else it needs POD_CIDR and SERVICE_CIDR)"
						: " (the install script needs it too, or POD_CIDR and SERVICE_CIDR)";
		if (this.cluster.effectivePodCidr().isEmpty()) {
			missing.add(new MissingValue(parameter(ClusterField.POD_CIDR),
					"the pod CIDR of " + this.name + ": the Helm values need it as ipam.podCIDRs" + byScript,
					cidrHint("--cluster-cidr")));
		}
		if (this.cluster.effectiveServiceCidr().isEmpty()) {
			missing.add(new MissingValue(parameter(ClusterField.SERVICE_CIDR),
					"the service CIDR of " + this.name + ": the Helm values need it as ipam.serviceCIDR" + byScript,
					cidrHint("--service-cluster-ip-range")));
		}
		return missing;
	}

	private Optional<MissingValue> addressMissing() {
		String parameter = parameter(ClusterField.ADDRESS);
		return switch (this.reach) {
			case CLOUD -> Optional.of(new MissingValue(parameter, "the API server endpoint of " + this.name
					+ ": the Helm values set it as apiServer.address"
					+ (this.installer.discoversNetwork() ? " (liqoctl install finds it itself)"
							: ", and the generic liqoctl install needs it (or API_SERVER_URL)"),
					"kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}' prints it, or your "
							+ "cloud console shows it (AKS: FQDN, GKE: endpoint, EKS: API server endpoint)"));
			case PUBLIC_ONPREM -> provides()
					? Optional.of(new MissingValue(parameter, "the public address of " + this.name + ", where "
							+ this.peer.name() + " reaches its API server: Liqo advertises it as apiServer.address "
							+ "(the install script takes API_SERVER_URL instead)",
							"the public IP or DNS name of the API server, which its certificate must include"))
					: Optional.empty();
			case NAT_ONPREM -> (forwardsApi() || forwardsGateway())
					? Optional.of(new MissingValue(parameter, "the public address of the NAT router in front of "
							+ this.name + ", where " + this.peer.name() + " reaches the forwarded "
							+ (forwardsApi() ? "API server" : "gateway server"),
							"your router's status page shows its public IPv4 address, or curl -4 ifconfig.me from a "
									+ "host behind it"))
					: Optional.empty();
			case PRIVATE_ONPREM -> Optional.empty();
		};
	}

	private String cidrHint(String flag) {
		return switch (this.installer) {
			case AKS -> "az aks show --query networkProfile lists podCidr and serviceCidr";
			case GKE -> "gcloud container clusters describe <cluster> lists clusterIpv4Cidr and servicesIpv4Cidr";
			case EKS -> "aws eks describe-cluster --name <cluster> shows kubernetesNetworkConfig; pods use the VPC "
					+ "CIDR";
			default -> "kubectl -n kube-system get pod -l component=kube-controller-manager -o yaml | grep -e " + flag
					+ " shows it where the control plane runs as pods";
		};
	}

	private List<EnvironmentInput> environment() {
		if (this.installer != InstallProvider.EKS) {
			return List.of();
		}
		// On EKS identities map to IAM: the Helm route needs an IAM user's key, never written to a file.
		return List.of(
				new EnvironmentInput("LIQO_AWS_ACCESS_KEY_ID", "authentication.awsConfig.accessKeyId",
						"access key ID of an IAM user that may create IAM users and describe EKS clusters"),
				new EnvironmentInput("LIQO_AWS_SECRET_ACCESS_KEY", "authentication.awsConfig.secretAccessKey",
						"secret access key of that IAM user"),
				new EnvironmentInput("EKS_CLUSTER_REGION", "authentication.awsConfig.region",
						"AWS region of the EKS cluster"),
				new EnvironmentInput("EKS_CLUSTER_NAME", "authentication.awsConfig.clusterName",
						"name of the EKS cluster"));
	}

	private String parameter(ClusterField field) {
		return field.parameter(this.cluster.side());
	}

	static String url(HostAddress host, int port) {
		return (port == 443) ? "https://" + host : "https://" + host + ":" + port;
	}

}
