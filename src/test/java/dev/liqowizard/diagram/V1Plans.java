package dev.liqowizard.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Discovery;
import dev.liqowizard.plan.DiscoveryMethod;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.HelmValues;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Protocol;
import dev.liqowizard.plan.Role;
import dev.liqowizard.plan.Scenario;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;

import static dev.liqowizard.plan.Service.KUBERNETES_API_SERVER;
import static dev.liqowizard.plan.Service.NETWORK_GATEWAY;

/**
 * v1.2.0 plans built by hand in the shapes the v1 rules produce (PRODUCT 4b), so that the diagram
 * can be drawn and checked before the release lands on this branch.
 */
public final class V1Plans {

	private static final String CONSUMER_API = "Not reached by the peer";

	private static final String CLIENT = "Gateway client (dials out)";

	private V1Plans() {
	}

	/** Every shape, by a readable name. */
	public static Map<String, Plan> all() {
		Map<String, Plan> plans = new LinkedHashMap<>();
		plans.put("v1-nat-consumer-cloud-provider", natConsumerCloudProvider());
		plans.put("v1-nat-provider-cloud-consumer", natProviderCloudConsumer());
		plans.put("v1-nat-nat-forward", natAndNatWithForward());
		plans.put("v1-cloud-both-directions", cloudBothDirections());
		plans.put("v1-lan-no-loadbalancer", lanWithoutLoadBalancer());
		return plans;
	}

	/** edge behind NAT offloads onto azure: both links dial out of edge, no forward needed. */
	public static Plan natConsumerCloudProvider() {
		ClusterPlan a = cluster(Side.A, "edge", Location.ONPREM_NAT, Distribution.K3S, "203.0.113.10", Role.CONSUMER,
				"On-prem behind NAT", CONSUMER_API, CLIENT, List.of());
		ClusterPlan b = cluster(Side.B, "azure", Location.CLOUD, Distribution.AKS, null, Role.PROVIDER, "Cloud",
				"Provided", "Gateway server: LoadBalancer", List.of());
		return plan(Network.INTERNET, Peering.A_TO_B, a, b,
				List.of(new Link(KUBERNETES_API_SERVER, Side.A, Side.B, Via.DIRECT),
						new Link(NETWORK_GATEWAY, Side.A, Side.B, Via.DIRECT)),
				Optional.of(Side.A));
	}

	/** azure offloads onto edge behind NAT: the server moves to azure, edge's API is reached in-band. */
	public static Plan natProviderCloudConsumer() {
		ClusterPlan a = cluster(Side.A, "edge", Location.ONPREM_NAT, Distribution.K3S, "203.0.113.10", Role.PROVIDER,
				"On-prem behind NAT", "In-band through the tunnel", CLIENT, List.of());
		ClusterPlan b = cluster(Side.B, "azure", Location.CLOUD, Distribution.AKS, null, Role.CONSUMER, "Cloud",
				CONSUMER_API, "Gateway server: LoadBalancer", List.of());
		return plan(Network.INTERNET, Peering.B_TO_A, a, b,
				List.of(new Link(KUBERNETES_API_SERVER, Side.B, Side.A, Via.IN_BAND),
						new Link(NETWORK_GATEWAY, Side.A, Side.B, Via.DIRECT)),
				Optional.of(Side.A));
	}

	/** Both behind NAT, one UDP forward on home's router: lab dials it, the API rides the tunnel. */
	public static Plan natAndNatWithForward() {
		ClusterPlan a = cluster(Side.A, "home", Location.ONPREM_NAT, Distribution.K3S, "home.example.net",
				Role.CONSUMER, "On-prem behind NAT", CONSUMER_API, "Gateway server: NodePort with port-forwarding",
				List.of(new PortForward(NETWORK_GATEWAY, 30871, Protocol.UDP, "the liqo-gateway NodePort, on any node")));
		ClusterPlan b = cluster(Side.B, "lab", Location.ONPREM_NAT, Distribution.K8S, null, Role.PROVIDER,
				"On-prem behind NAT", "In-band through the tunnel", CLIENT, List.of());
		return plan(Network.INTERNET, Peering.A_TO_B, a, b,
				List.of(new Link(KUBERNETES_API_SERVER, Side.A, Side.B, Via.IN_BAND),
						new Link(NETWORK_GATEWAY, Side.B, Side.A, Via.PORT_FORWARD)),
				Optional.of(Side.A));
	}

	/** Each cloud cluster offloads onto the other: two API links, one tunnel. */
	public static Plan cloudBothDirections() {
		ClusterPlan a = cluster(Side.A, "eks-prod", Location.CLOUD, Distribution.EKS, null, Role.BOTH, "Cloud",
				"Provided", CLIENT, List.of());
		ClusterPlan b = cluster(Side.B, "gke-east", Location.CLOUD, Distribution.GKE, null, Role.BOTH, "Cloud",
				"Provided", "Gateway server: LoadBalancer", List.of());
		return plan(Network.INTERNET, Peering.BOTH, a, b,
				List.of(new Link(KUBERNETES_API_SERVER, Side.A, Side.B, Via.DIRECT),
						new Link(KUBERNETES_API_SERVER, Side.B, Side.A, Via.DIRECT),
						new Link(NETWORK_GATEWAY, Side.A, Side.B, Via.DIRECT)),
				Optional.empty());
	}

	/** Two on-prem clusters on one LAN without a LoadBalancer: the server is a NodePort. */
	public static Plan lanWithoutLoadBalancer() {
		ClusterPlan a = cluster(Side.A, "rack-1", Location.ONPREM, Distribution.K8S, null, Role.CONSUMER, "On-prem",
				CONSUMER_API, CLIENT, List.of());
		ClusterPlan b = cluster(Side.B, "rack-2", Location.ONPREM, Distribution.K8S, null, Role.PROVIDER, "On-prem",
				"Exposed", "Gateway server: NodePort", List.of());
		return plan(Network.LAN, Peering.A_TO_B, a, b,
				List.of(new Link(KUBERNETES_API_SERVER, Side.A, Side.B, Via.DIRECT),
						new Link(NETWORK_GATEWAY, Side.A, Side.B, Via.DIRECT)),
				Optional.empty());
	}

	private static ClusterPlan cluster(Side side, String name, Location location, Distribution distribution,
			String address, Role role, String label, String apiCell, String gatewayCell, List<PortForward> forwards) {
		ClusterAnswers answers = new ClusterAnswers(side, name, location, Optional.of(distribution),
				Optional.ofNullable(address).map(HostAddress::parse), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), forwards.stream().map(PortForward::externalPort).findFirst());
		boolean gatewayServer = gatewayCell.startsWith("Gateway server");
		Optional<Integer> gatewayPort = (gatewayServer && gatewayCell.endsWith("LoadBalancer")) ? Optional.of(51840)
				: Optional.empty();
		List<ServicePlan> services = List.of(
				new ServicePlan(KUBERNETES_API_SERVER, apiCell, apiCell,
						(location == Location.CLOUD) ? Optional.of(443) : Optional.of(6443)),
				new ServicePlan(NETWORK_GATEWAY, gatewayCell, gatewayCell, gatewayPort));
		return new ClusterPlan(answers, role, label, services, List.of(), new HelmValues(), forwards, List.of(),
				List.of(), Optional.empty(), Optional.empty());
	}

	private static Plan plan(Network network, Peering peering, ClusterPlan a, ClusterPlan b, List<Link> links,
			Optional<Side> operatorSite) {
		Answers answers = new Answers("v1.2.0", network, a.answers(), b.answers(), Optional.of(peering));
		return new Plan(answers, "v1.2.0", new Scenario("v1-" + peering.value(), "Liqo v1.2.0 peering", "", false),
				List.of(a, b), links, operatorSite,
				new Discovery(DiscoveryMethod.LIQOCTL_PEER, "liqoctl peer", List.of()), List.of(), List.of());
	}

	/** Services in v1 order, for tests that walk the lanes. */
	static List<Service> services() {
		return List.of(KUBERNETES_API_SERVER, NETWORK_GATEWAY);
	}

}
