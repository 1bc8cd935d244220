package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.AuthExposure;
import dev.liqowizard.plan.Cidr;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.EnvironmentInput;
import dev.liqowizard.plan.HelmValues;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Protocol;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.Role;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.YesNo;

/**
 * The plan of one cluster in Liqo v0.3.2: how each service is exposed within its table cell,
 * the notes that say why, the NAT forwards, and the chart values that do it (chart keys per
 * {@code reference/liqo/v0.3-facts.md}, "Scenario to v0.3.2 values").
 */
final class ClusterPlanner {

	static final int AUTH_PORT = 443;

	static final int API_SERVER_PORT = 6443;

	static final int GATEWAY_PORT = 5871;

	private static final int NODE_PORT_STAND_IN = 30000;

	/** The chart's networkConfig.mtu; liqoctl lowers it on GKE and AKS. */
	static final int CHART_MTU = 1440;

	private final Answers answers;

	private final ClusterAnswers cluster;

	private final ClusterAnswers peer;

	private final Placement placement;

	private final String name;

	private ClusterPlanner(Answers answers, ClusterAnswers cluster) {
		this.answers = answers;
		this.cluster = cluster;
		this.peer = answers.cluster(cluster.side().other());
		this.placement = Placement.of(cluster.location(), answers.network());
		this.name = cluster.name();
	}

	static ClusterPlan plan(Answers answers, ClusterAnswers cluster) {
		return new ClusterPlanner(answers, cluster).plan();
	}

	/**
	 * An auth URL Liqo will advertise for this cluster that is built from an answer: the Ingress
	 * host, or the address passed as {@code --auth-service-address-override} (behind NAT, for
	 * public NodePorts, on routed networks). Empty where Liqo builds it from what the cluster
	 * reports (a LoadBalancer's address, a node's address found over mDNS).
	 */
	static Optional<AuthUrlFromAnswer> authUrlFromAnswer(Answers answers, ClusterAnswers cluster) {
		return new ClusterPlanner(answers, cluster).authUrlFromAnswer();
	}

	/**
	 * @param field the answer the host comes from
	 * @param url the URL with a port as Liqo would write it; a NodePort assigned at install is stood
	 * in for by 30000, which changes nothing for the CRD's check (the port follows a colon and has no
	 * dot)
	 * @param shown the URL as a person should read it, with {@code <NodePort>} where the port is not
	 * known yet
	 */
	record AuthUrlFromAnswer(ClusterField field, String url, String shown) {
	}

	private Optional<AuthUrlFromAnswer> authUrlFromAnswer() {
		AuthExposure auth = authExposure();
		if (this.placement == Placement.NAT_ONPREM) {
			int port = this.cluster.natAuthPort().orElse(AUTH_PORT);
			return this.cluster.address()
				.map((host) -> new AuthUrlFromAnswer(ClusterField.ADDRESS, url(host, port), url(host, port)));
		}
		if (auth == AuthExposure.INGRESS) {
			return this.cluster.ingressHost()
				.map((host) -> new AuthUrlFromAnswer(ClusterField.INGRESS_HOST, "https://" + host, "https://" + host));
		}
		if (overridesAuthAddress(auth)) {
			return this.cluster.address()
				.map((host) -> new AuthUrlFromAnswer(ClusterField.ADDRESS, url(host, NODE_PORT_STAND_IN),
						"https://" + host + ":<NodePort>"));
		}
		return Optional.empty();
	}

	private ClusterPlan plan() {
		AuthExposure auth = authExposure();
		boolean gatewayLoadBalancer = gatewayLoadBalancer();
		Optional<HostAddress> address = this.cluster.address();
		boolean nat = this.placement == Placement.NAT_ONPREM;
		int natAuthPort = this.cluster.natAuthPort().orElse(AUTH_PORT);
		int natApiPort = this.cluster.natApiPort().orElse(API_SERVER_PORT);
		int natGatewayPort = this.cluster.natGatewayPort().orElse(GATEWAY_PORT);

		List<String> notes = new ArrayList<>();
		List<ServicePlan> services = new ArrayList<>();
		services.add(authService(auth, nat, natAuthPort, notes));
		Optional<String> apiServerUrl = apiServerUrl(natApiPort);
		services.add(apiService(apiServerUrl, natApiPort, notes));
		services.add(gatewayService(gatewayLoadBalancer, nat, natGatewayPort, notes));

		mtuNote().ifPresent(notes::add);
		if (isEks()) {
			notes.add("Controller-manager: on EKS the values add --disable-kubelet-certificate-generation=true to "
					+ "controllerManager.pod.extraArgs, as liqoctl does. EKS never signs the kubelet-serving "
					+ "certificate the virtual kubelet asks for; without the flag the virtual node never appears, "
					+ "while the peering still reads Established.");
		}

		List<PortForward> forwards = new ArrayList<>();
		if (nat) {
			forwards.add(new PortForward(Service.AUTH_SERVER, natAuthPort, Protocol.TCP,
					"the liqo-auth NodePort, on any node"));
			forwards.add(new PortForward(Service.API_SERVER, natApiPort, Protocol.TCP,
					"port " + API_SERVER_PORT + " of the control-plane node"));
			forwards.add(new PortForward(Service.NETWORK_GATEWAY, natGatewayPort, Protocol.UDP,
					"the liqo-gateway NodePort, on any node"));
		}

		Optional<String> authUrl = Optional.empty();
		if (auth == AuthExposure.INGRESS) {
			authUrl = this.cluster.ingressHost().map((host) -> "https://" + host);
		}
		else if (nat) {
			authUrl = address.map((host) -> url(host, natAuthPort));
		}

		return new ClusterPlan(this.cluster, Role.PEER, this.placement.label(), services, notes,
				values(auth, gatewayLoadBalancer, apiServerUrl, natAuthPort), forwards, missing(), environment(),
				authUrl, apiServerUrl);
	}

	private AuthExposure authExposure() {
		return this.cluster.auth().orElseGet(() -> switch (this.placement) {
			case CLOUD -> AuthExposure.LOADBALANCER;
			case PUBLIC_ONPREM -> hasLoadBalancer() ? AuthExposure.LOADBALANCER : AuthExposure.NODEPORT;
			case NAT_ONPREM, PRIVATE_ONPREM -> AuthExposure.NODEPORT;
		});
	}

	private boolean hasLoadBalancer() {
		return this.cluster.lb().map(YesNo::isYes).orElse(true);
	}

	private boolean gatewayLoadBalancer() {
		return this.placement == Placement.CLOUD || (this.placement == Placement.PUBLIC_ONPREM && hasLoadBalancer());
	}

	private ServicePlan authService(AuthExposure auth, boolean nat, int natAuthPort, List<String> notes) {
		String cell = this.placement.authCell();
		if (nat) {
			notes.add("Auth Server: a NodePort Service. The NAT router forwards TCP port " + natAuthPort
					+ " to that NodePort, and Liqo advertises " + publicAddress() + ":" + natAuthPort + " to "
					+ this.peer.name() + " (auth.portOverride plus an address override for the controller-manager).");
			return new ServicePlan(Service.AUTH_SERVER, cell, "NodePort behind a port forward", Optional.empty());
		}
		return switch (auth) {
			case LOADBALANCER -> {
				notes.add("Auth Server: a LoadBalancer Service on port 443. "
						+ ((this.placement == Placement.CLOUD) ? "The cloud gives it a public IP."
								: "Your LoadBalancer implementation (MetalLB, or ServiceLB on K3s) must hand out an "
										+ "address that " + this.peer.name() + " can reach."));
				yield new ServicePlan(Service.AUTH_SERVER, cell, "LoadBalancer", Optional.of(AUTH_PORT));
			}
			case INGRESS -> {
				String host = this.cluster.ingressHost().map(HostAddress::value).orElseThrow();
				String controller = this.cluster.ingressClass()
					.map((name) -> "the " + name + " ingress controller")
					.orElse("your default ingress controller");
				notes.add("Auth Server: an Ingress for " + host + " through " + controller + ", which must exist "
						+ "and be reachable from " + this.peer.name() + "; " + host + " must resolve to it. The "
						+ "Ingress terminates TLS and talks plain HTTP to the auth pod (auth.tls: false). This was "
						+ "worked out for ingress-nginx; other controllers may refuse an Ingress whose TLS Secret is "
						+ "missing.");
				notes.add("Auth Server TLS: the chart's Ingress takes its certificate from the Secret liqo-auth in "
						+ "namespace liqo, which neither the chart nor the install script creates. Create it with a "
						+ "certificate valid for " + host + " (kubectl create namespace liqo, then kubectl -n liqo "
						+ "create secret tls liqo-auth --cert <certificate file> --key <key file>), or let "
						+ "cert-manager issue it by adding its issuer annotation (cert-manager.io/cluster-issuer) to "
						+ "auth.ingress.annotations. Without the Secret, ingress-nginx serves its default "
						+ "certificate; peering still works because Liqo v0.3.2 does not verify the auth server's "
						+ "certificate by default.");
				yield new ServicePlan(Service.AUTH_SERVER, cell, "Ingress", Optional.of(AUTH_PORT));
			}
			case NODEPORT -> {
				notes.add((this.placement == Placement.PUBLIC_ONPREM)
						? "Auth Server: a NodePort Service, because " + this.name + " has no LoadBalancer "
								+ "implementation. " + this.peer.name() + " connects to " + publicAddress()
								+ " and the NodePort, which Liqo advertises; open the NodePort range (30000-32767) "
								+ "in your firewall."
						: "Auth Server: a NodePort Service on the node addresses, which " + this.peer.name()
								+ " reaches directly" + ((this.answers.network() == Network.LAN)
										? "; mDNS advertises this NodePort." : "."));
				yield new ServicePlan(Service.AUTH_SERVER, cell, "NodePort", Optional.empty());
			}
		};
	}

	private Optional<String> apiServerUrl(int natApiPort) {
		return this.cluster.address().map((host) -> switch (this.placement) {
			case CLOUD -> "https://" + host;
			case NAT_ONPREM -> url(host, natApiPort);
			case PUBLIC_ONPREM, PRIVATE_ONPREM -> url(host, API_SERVER_PORT);
		});
	}

	private ServicePlan apiService(Optional<String> url, int natApiPort, List<String> notes) {
		String cell = this.placement.apiCell();
		String at = url.map((value) -> " at " + value).orElse("");
		return switch (this.placement) {
			case CLOUD -> {
				notes.add("API server: the endpoint your cloud provides" + at + "; nothing to expose. Liqo must "
						+ "advertise it (apiServer.address), because a managed cluster has no control-plane node "
						+ "of its own.");
				yield new ServicePlan(Service.API_SERVER, cell, "Managed endpoint", Optional.of(443));
			}
			case PUBLIC_ONPREM -> {
				notes.add("API server: reached on its public address, port " + API_SERVER_PORT + at + ". Liqo "
						+ "gives " + this.peer.name() + " this cluster's CA, so the API server certificate must be "
						+ "valid for " + publicAddress() + " (add it to the certificate's SANs, on K3s with "
						+ "--tls-san).");
				yield new ServicePlan(Service.API_SERVER, cell, "Public address", Optional.of(API_SERVER_PORT));
			}
			case NAT_ONPREM -> {
				notes.add("API server: the NAT router forwards TCP port " + natApiPort + " to port "
						+ API_SERVER_PORT + " of the control-plane node, and Liqo advertises " + publicAddress()
						+ ":" + natApiPort + ". The API server certificate must be valid for " + publicAddress()
						+ " (add it to the SANs, on K3s with --tls-san).");
				yield new ServicePlan(Service.API_SERVER, cell, "Port forward", Optional.of(API_SERVER_PORT));
			}
			case PRIVATE_ONPREM -> {
				notes.add("API server: " + this.peer.name() + " reaches it directly"
						+ url.map((value) -> " at " + value)
							.orElse(" on the control-plane node's address, port " + API_SERVER_PORT
									+ " (Liqo's default)")
						+ ".");
				yield new ServicePlan(Service.API_SERVER, cell, "Control-plane node address",
						Optional.of(API_SERVER_PORT));
			}
		};
	}

	private ServicePlan gatewayService(boolean loadBalancer, boolean nat, int natGatewayPort, List<String> notes) {
		String cell = this.placement.gatewayCell();
		if (nat) {
			notes.add("Network gateway: a NodePort Service for the WireGuard tunnel. The NAT router forwards UDP "
					+ "port " + natGatewayPort + " to that NodePort. The tunnel comes up because " + this.name
					+ " starts it towards the public gateway of " + this.peer.name() + ".");
			return new ServicePlan(Service.NETWORK_GATEWAY, cell, "NodePort behind a port forward",
					Optional.empty());
		}
		if (loadBalancer) {
			boolean eks = isEks();
			notes.add("Network gateway: a LoadBalancer Service for the WireGuard tunnel, UDP port " + GATEWAY_PORT
					+ "." + (eks ? " On EKS it is annotated to get a Network Load Balancer, which carries UDP." : ""));
			return new ServicePlan(Service.NETWORK_GATEWAY, cell, "LoadBalancer", Optional.of(GATEWAY_PORT));
		}
		notes.add("Network gateway: a NodePort Service for the WireGuard tunnel (UDP). " + this.peer.name()
				+ " connects to the address of the node running liqo-gateway and the NodePort; allow UDP to the "
				+ "NodePort range (30000-32767) on that node.");
		return new ServicePlan(Service.NETWORK_GATEWAY, cell, "NodePort", Optional.empty());
	}

	private HelmValues values(AuthExposure auth, boolean gatewayLoadBalancer, Optional<String> apiServerUrl,
			int natAuthPort) {
		HelmValues values = new HelmValues();
		values.set("discovery.config.clusterName", this.name);
		if (this.answers.network() == Network.LAN) {
			// Off by default since chart v0.3.1; mDNS advertises the auth NodePort.
			values.set("discovery.config.enableAdvertisement", true);
			values.set("discovery.config.enableDiscovery", true);
		}
		boolean nat = this.placement == Placement.NAT_ONPREM;
		switch (nat ? AuthExposure.NODEPORT : auth) {
			case LOADBALANCER -> values.set("auth.service.type", "LoadBalancer");
			case NODEPORT -> values.set("auth.service.type", "NodePort");
			case INGRESS -> {
				values.set("auth.service.type", "ClusterIP");
				// The Ingress terminates TLS and reaches the auth pod over plain HTTP (checked with ingress-nginx).
				values.set("auth.tls", false);
				// A ClusterIP auth Service without a port override cannot build its auth URL.
				values.set("auth.portOverride", String.valueOf(AUTH_PORT));
				values.set("auth.ingress.enable", true);
				values.set("auth.ingress.host", this.cluster.ingressHost().orElseThrow().value());
				this.cluster.ingressClass().ifPresent((name) -> values.set("auth.ingress.class", name));
			}
		}
		if (nat) {
			values.set("auth.portOverride", String.valueOf(natAuthPort));
		}
		apiServerUrl.ifPresent((url) -> values.set("apiServer.address", url));
		values.set("gateway.service.type", gatewayLoadBalancer ? "LoadBalancer" : "NodePort");
		if (gatewayLoadBalancer && isEks()) {
			values.set("gateway.service.annotations",
					Map.of("service.beta.kubernetes.io/aws-load-balancer-type", "nlb"));
		}
		this.cluster.effectivePodCidr()
			.map(Cidr::toString)
			.ifPresent((cidr) -> values.set("networkManager.config.podCIDR", cidr));
		this.cluster.effectiveServiceCidr()
			.map(Cidr::toString)
			.ifPresent((cidr) -> values.set("networkManager.config.serviceCIDR", cidr));
		mtu().filter((mtu) -> mtu != CHART_MTU).ifPresent((mtu) -> values.set("networkConfig.mtu", mtu));
		List<String> controllerManagerArgs = new ArrayList<>();
		if (overridesAuthAddress(auth)) {
			// No chart key for the auth address until v0.6.0; the controller-manager flag is the way.
			this.cluster.address()
				.ifPresent((host) -> controllerManagerArgs.add("--auth-service-address-override=" + host));
		}
		if (isEks()) {
			// As liqoctl's EKS provider: EKS never signs the kubelet-serving certificate the virtual
			// kubelet asks for, so without this the virtual node never appears.
			controllerManagerArgs.add("--disable-kubelet-certificate-generation=true");
		}
		if (!controllerManagerArgs.isEmpty()) {
			values.set("controllerManager.pod.extraArgs", controllerManagerArgs);
		}
		return values;
	}

	/**
	 * The MTU liqoctl v0.3.2 sets for the distribution (GKE 1400, AKS 1360, any other 1440), or
	 * empty when the distribution is unknown. The values file carries it only where it differs from
	 * the chart's 1440: the chart version is pinned, so its default cannot move, and a file that
	 * lists only what differs is easier to review.
	 */
	private Optional<Integer> mtu() {
		return this.cluster.distribution().map((distribution) -> switch (distribution) {
			case GKE -> 1400;
			case AKS -> 1360;
			default -> CHART_MTU;
		});
	}

	private Optional<String> mtuNote() {
		Optional<Integer> mtu = mtu();
		if (mtu.isEmpty()) {
			return Optional.of("Network MTU: the chart's default, " + CHART_MTU + " (networkConfig.mtu)."
					+ ((this.placement == Placement.CLOUD) ? " liqoctl lowers it on GKE (1400) and AKS (1360); if "
							+ this.name + " runs on one of them, choose its distribution to get that value." : ""));
		}
		String distribution = this.cluster.distribution().orElseThrow().label();
		if (mtu.get() == CHART_MTU) {
			return Optional.of("Network MTU: " + CHART_MTU + ", the chart's default (networkConfig.mtu), which is "
					+ "also what liqoctl sets on " + distribution + ".");
		}
		return Optional.of("Network MTU: " + mtu.get() + " (networkConfig.mtu), as liqoctl sets it on " + distribution
				+ ", instead of the chart's " + CHART_MTU + ": the Liqo tunnel and VXLAN interfaces must fit inside "
				+ "the provider's network, or large packets are lost.");
	}

	private boolean isEks() {
		return this.cluster.distribution().filter(Distribution.EKS::equals).isPresent();
	}

	/**
	 * Whether Liqo must advertise the given address for the auth server instead of a node's own:
	 * behind NAT, and for NodePorts whose node addresses the peer may not reach. Not on a LAN,
	 * where mDNS advertises the node, nor with an Ingress, whose host the chart already advertises
	 * (two overrides would disagree, see docs/research/v032-runtime.md).
	 */
	private boolean overridesAuthAddress(AuthExposure auth) {
		return switch (this.placement) {
			case NAT_ONPREM -> true;
			case PUBLIC_ONPREM -> auth == AuthExposure.NODEPORT;
			case PRIVATE_ONPREM -> this.answers.network() == Network.ROUTED;
			case CLOUD -> false;
		};
	}

	private List<MissingValue> missing() {
		List<MissingValue> missing = new ArrayList<>();
		if (this.cluster.address().isEmpty() && this.placement != Placement.PRIVATE_ONPREM) {
			missing.add(switch (this.placement) {
				case CLOUD -> new MissingValue(parameter(ClusterField.ADDRESS),
						"the API server endpoint of " + this.name + ", which Liqo advertises as apiServer.address",
						"kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}' prints it (the "
								+ "host part), or your cloud console shows it (AKS: FQDN, GKE: endpoint, EKS: API "
								+ "server endpoint)");
				case NAT_ONPREM -> new MissingValue(parameter(ClusterField.ADDRESS),
						"the public address of the NAT router in front of " + this.name
								+ ", which Liqo advertises for the auth server and the API server",
						"your router's status page shows its public IPv4 address, or curl -4 ifconfig.me from a "
								+ "host behind it");
				default -> new MissingValue(parameter(ClusterField.ADDRESS),
						"the public address of " + this.name + ", which Liqo advertises for the API server",
						"the address " + this.peer.name() + " uses to reach this cluster's API server on port "
								+ API_SERVER_PORT);
			});
		}
		if (this.cluster.effectivePodCidr().isEmpty()) {
			missing.add(new MissingValue(parameter(ClusterField.POD_CIDR), "the pod CIDR of " + this.name
					+ ": the Liqo network manager does not start without it",
					cidrHint("--cluster-cidr", "kubectl get nodes -o jsonpath='{.items[*].spec.podCIDR}' shows "
							+ "per-node ranges inside it")));
		}
		if (this.cluster.effectiveServiceCidr().isEmpty()) {
			missing.add(new MissingValue(parameter(ClusterField.SERVICE_CIDR), "the service CIDR of " + this.name
					+ ": the Liqo network manager does not start without it",
					cidrHint("--service-cluster-ip-range", "the ClusterIP of the kubernetes Service lies inside it")));
		}
		return missing;
	}

	private String cidrHint(String flag, String alternative) {
		Optional<Distribution> distribution = this.cluster.distribution();
		if (this.placement == Placement.CLOUD && distribution.isEmpty()) {
			return "the networking page of your cloud console lists the cluster's pod and service ranges";
		}
		if (distribution.isPresent() && distribution.get().isCloud()) {
			return switch (distribution.get()) {
				case AKS -> "az aks show --query networkProfile lists podCidr and serviceCidr";
				case GKE -> "gcloud container clusters describe <cluster> lists clusterIpv4Cidr and "
						+ "servicesIpv4Cidr";
				default -> "aws eks describe-cluster --name <cluster> shows kubernetesNetworkConfig."
						+ "serviceIpv4Cidr; pods use the VPC CIDR";
			};
		}
		return "kubectl -n kube-system get pod -l component=kube-controller-manager -o yaml | grep -e " + flag
				+ " shows it on kubeadm clusters; " + alternative;
	}

	private List<EnvironmentInput> environment() {
		if (this.cluster.distribution().filter(Distribution.EKS::equals).isEmpty()) {
			return List.of();
		}
		// liqo-auth on EKS maps peers to IAM users; the chart takes an IAM user's credentials.
		return List.of(
				new EnvironmentInput("LIQO_AWS_ACCESS_KEY_ID", "awsConfig.accessKeyId",
						"access key ID of an IAM user that may create IAM users and describe EKS clusters"),
				new EnvironmentInput("LIQO_AWS_SECRET_ACCESS_KEY", "awsConfig.secretAccessKey",
						"secret access key of that IAM user"),
				new EnvironmentInput("LIQO_AWS_REGION", "awsConfig.region", "AWS region of the EKS cluster"),
				new EnvironmentInput("LIQO_EKS_CLUSTER_NAME", "awsConfig.clusterName", "name of the EKS cluster"));
	}

	private String parameter(ClusterField field) {
		return field.parameter(this.cluster.side());
	}

	private String publicAddress() {
		return this.cluster.address()
			.map(HostAddress::value)
			.orElse((this.placement == Placement.NAT_ONPREM) ? "the router's public address" : "its public address");
	}

	private static String url(HostAddress host, int port) {
		return (port == 443) ? "https://" + host : "https://" + host + ":" + port;
	}

}
