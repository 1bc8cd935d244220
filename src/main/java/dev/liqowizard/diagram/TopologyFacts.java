package dev.liqowizard.diagram;

import java.util.List;
import java.util.Optional;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Protocol;
import dev.liqowizard.plan.Role;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;

/**
 * What both drawings show, in words and flags, each read from the plan: who dials whom (the
 * links), which router forwards what, which way pods are offloaded (the roles), and where the
 * peering command runs. The layouts only place these; none of them looks at the answers again.
 */
final class TopologyFacts {

	static final String LEGEND = "Arrows point from the cluster that connects to the one that listens.";

	private final Plan plan;

	/** The legend's entries: a lane style and what it means, for the kinds of lane the drawing has. */
	List<String[]> legend() {
		List<String[]> entries = new java.util.ArrayList<>();
		entries.add(new String[] { "lane", LEGEND });
		if (services().stream().anyMatch((service) -> laneStyle(service).contains("tunnel"))) {
			entries.add(new String[] { "lane lane-tunnel", "WireGuard tunnel (UDP)" });
		}
		if (services().stream().anyMatch(this::inBand)) {
			entries.add(new String[] { "lane lane-inband", "Inside the tunnel (in-band)" });
		}
		return entries;
	}

	TopologyFacts(Plan plan) {
		this.plan = plan;
	}

	Plan plan() {
		return this.plan;
	}

	ClusterPlan cluster(Side side) {
		return this.plan.cluster(side);
	}

	String title() {
		return "Topology: " + cluster(Side.A).name() + " and " + cluster(Side.B).name() + ", "
				+ this.plan.scenario().title();
	}

	/** The lanes, one per row of the table, in table order. */
	List<Service> services() {
		return this.plan.services();
	}

	/** The name of a service's lane, like "network-gateway", for its id. */
	static String laneName(Service service) {
		return service.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** Whether a lane has an arrow head at this cluster: whether the cluster listens for it. */
	boolean headAt(Service service, Side side) {
		return this.plan.links(service).stream().anyMatch((link) -> link.to() == side);
	}

	/** The lane style: the tunnel, a path inside the tunnel, or a plain connection. */
	String laneStyle(Service service) {
		if (inBand(service)) {
			return "lane lane-inband";
		}
		return (service.protocol() == Protocol.UDP) ? "lane lane-tunnel" : "lane";
	}

	boolean inBand(Service service) {
		return this.plan.links(service).stream().anyMatch((link) -> link.via() == Via.IN_BAND);
	}

	/** What travels on a lane across the network, like "HTTPS/TCP", or that it rides the tunnel. */
	String transport(Service service) {
		return inBand(service) ? "in-band, through the tunnel" : service.transport();
	}

	/** The rule on this cluster's NAT router that a lane crosses, like "30443/TCP". */
	Optional<String> forward(Side side, Service service) {
		return cluster(side).portForwards()
			.stream()
			.filter((forward) -> forward.service() == service)
			.findFirst()
			.map(TopologyFacts::forwardTag);
	}

	static String forwardTag(PortForward forward) {
		return forward.externalPort() + "/" + forward.protocol();
	}

	/**
	 * Whether a NAT router stands between this cluster and the other: it forwards ports, or the
	 * cluster is behind NAT on the Internet and only dials out through it.
	 */
	boolean behindRouter(Side side) {
		ClusterPlan cluster = cluster(side);
		return !cluster.portForwards().isEmpty()
				|| (cluster.location() == Location.ONPREM_NAT && this.plan.network() == Network.INTERNET);
	}

	String routerTitle() {
		return "NAT router";
	}

	/** The router's public address, or that it only lets connections out. */
	List<String> routerDetails(Side side) {
		ClusterPlan cluster = cluster(side);
		String address = cluster.answers().address().map(HostAddress::value).orElse("public address not given");
		if (cluster.portForwards().isEmpty()) {
			return List.of("outbound only");
		}
		return List.of(address);
	}

	Network network() {
		return this.plan.network();
	}

	String networkName() {
		return switch (this.plan.network()) {
			case INTERNET -> "Internet";
			case LAN -> "LAN switch";
			case ROUTED -> "Routed network";
		};
	}

	List<String> networkDetails() {
		return switch (this.plan.network()) {
			case INTERNET -> List.of();
			case LAN -> List.of("one L2 segment");
			case ROUTED -> List.of("private, across L3");
		};
	}

	/** Whether the peering has a direction (v1 roles), as opposed to mutual peers (v0.3.2). */
	boolean directional() {
		return this.plan.clusters().stream().anyMatch((cluster) -> cluster.role() != Role.PEER);
	}

	/** A cluster's role as shown on its badge, for peerings with a direction. */
	Optional<String> role(Side side) {
		return directional() ? Optional.of(cluster(side).role().label()) : Optional.empty();
	}

	/** Whether the other cluster offloads pods onto this one: an offloading arrow head here. */
	boolean offloadedOnto(Side side) {
		return directional() && cluster(side).role().provides() && cluster(side.other()).role().consumes();
	}

	/** The offloading arrow's words, like "edge offloads pods onto azure". */
	Optional<String> offloading() {
		boolean ontoA = offloadedOnto(Side.A);
		boolean ontoB = offloadedOnto(Side.B);
		String a = cluster(Side.A).name();
		String b = cluster(Side.B).name();
		if (ontoA && ontoB) {
			return Optional.of(a + " and " + b + " offload pods onto each other");
		}
		if (ontoB) {
			return Optional.of(a + " offloads pods onto " + b);
		}
		if (ontoA) {
			return Optional.of(b + " offloads pods onto " + a);
		}
		return Optional.empty();
	}

	/** "WireGuard server" or "WireGuard client" on a gateway box, from the tunnel's one link. */
	Optional<String> gatewayEnd(Side side, Service service) {
		List<Link> links = this.plan.links(service);
		if (!directional() || service.protocol() != Protocol.UDP || links.size() != 1) {
			return Optional.empty();
		}
		return Optional.of((links.get(0).to() == side) ? "WireGuard server" : "WireGuard client");
	}

	/** Whether liqoctl peer must run inside this cluster's network. */
	boolean operatorHere(Side side) {
		return directional() && this.plan.operatorSite().filter((site) -> site == side).isPresent();
	}

	List<String> operatorHereWords() {
		return List.of("Run liqoctl peer here,", "inside this network");
	}

	/** Where liqoctl peer runs when no site is required. */
	Optional<String> operatorAnywhere() {
		if (!directional() || this.plan.operatorSite().isPresent()) {
			return Optional.empty();
		}
		return Optional.of("Run liqoctl peer from a machine that reaches both API servers.");
	}

	String accent(Side side) {
		return (cluster(side).location() == Location.CLOUD) ? "cloud" : "onprem";
	}

	String subtitle(Side side) {
		ClusterPlan cluster = cluster(side);
		return cluster.distribution()
			.map(Distribution::label)
			.map((label) -> cluster.side().title() + " · " + label)
			.orElse(cluster.side().title());
	}

	String kind(Side side) {
		return cluster(side).label();
	}

	/** Where a service listens: a port and protocol, or the NodePort Kubernetes picks. */
	static String endpoint(ServicePlan service) {
		String protocol = service.protocol().name();
		return service.port().map((port) -> "port " + port + ", " + protocol).orElse("NodePort, " + protocol);
	}

}
