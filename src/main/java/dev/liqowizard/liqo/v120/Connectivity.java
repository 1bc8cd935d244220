package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Role;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;
import dev.liqowizard.plan.YesNo;

/**
 * Who dials whom in a v1.2.0 peering ({@code reference/liqo/v1-facts.md} 8.4 and 8.5): the
 * directions of offloading and how each consumer reaches its provider's API server, the one
 * cluster that runs the WireGuard gateway server, and where {@code liqoctl peer} must run.
 * Worked out once here; the planner, the rules and the files read it.
 *
 * @param directions one per {@code liqoctl peer}: A to B first when both
 * @param server the cluster that runs the gateway server, empty when neither can be reached
 * @param operatorSite the NAT site the peering commands must run inside, if any
 */
record Connectivity(Peering peering, List<Direction> directions, Optional<Side> server,
		Optional<Side> operatorSite) {

	/** The WireGuard port of the gateway server's Service (liqoctl's default since v1.0.0). */
	static final int GATEWAY_PORT = 51840;

	/** The NodePort pinned behind a forward when the router's port is outside the NodePort range. */
	static final int DEFAULT_NODE_PORT = 31840;

	static final int API_SERVER_PORT = 6443;

	/** Where the consumer's pods reach the provider's API through the tunnel: liqo-proxy. */
	static final int PROXY_PORT = 8118;

	/** One {@code liqoctl peer}: the consumer offloads onto the provider, reaching its API {@code via}. */
	record Direction(Side consumer, Side provider, Via apiVia) {
	}

	Connectivity {
		directions = List.copyOf(directions);
	}

	static Connectivity of(Answers answers) {
		Peering peering = answers.peering().orElse(Peering.A_TO_B);
		List<Direction> directions = new ArrayList<>();
		if (peering != Peering.B_TO_A) {
			directions.add(new Direction(Side.A, Side.B, apiVia(answers, answers.b())));
		}
		if (peering != Peering.A_TO_B) {
			directions.add(new Direction(Side.B, Side.A, apiVia(answers, answers.a())));
		}
		Optional<Side> server = server(answers, directions.get(0), Optional.empty(), Optional.empty());
		return new Connectivity(peering, directions, server, operatorSite(answers, peering, server));
	}

	/**
	 * The cluster that runs the gateway server: the one the other reaches best, the provider (of
	 * the first direction) when both are equal, as liqoctl does by default.
	 * @param lbSide a cluster whose {@code lb} answer to assume instead of the given one
	 */
	static Optional<Side> server(Answers answers, Direction first, Optional<Side> lbSide, Optional<YesNo> lb) {
		int provider = rank(answers, first.provider(), lbSide, lb);
		int consumer = rank(answers, first.consumer(), lbSide, lb);
		if (provider > 0 && provider >= consumer) {
			return Optional.of(first.provider());
		}
		return (consumer > 0) ? Optional.of(first.consumer()) : Optional.empty();
	}

	/**
	 * How well the other cluster reaches a gateway server here: a cloud LoadBalancer over the
	 * Internet best; a LoadBalancer on premises; a NodePort on reachable nodes; a forward on a NAT
	 * router; not at all. On a routed network a cloud LoadBalancer faces the Internet by default,
	 * so the on-premise side's private address is preferred.
	 */
	static int rank(Answers answers, Side side, Optional<Side> lbSide, Optional<YesNo> lb) {
		ClusterAnswers cluster = answers.cluster(side);
		boolean loadBalancer = (lbSide.equals(Optional.of(side)) ? lb : cluster.lb()).map(YesNo::isYes)
			.orElse(false);
		return switch (Reach.of(cluster, answers.network())) {
			case CLOUD -> (answers.network() == Network.INTERNET) ? 4 : 1;
			case PUBLIC_ONPREM, PRIVATE_ONPREM -> loadBalancer ? 3 : 2;
			case NAT_ONPREM -> cluster.natGatewayPort().isPresent() ? 1 : 0;
		};
	}

	private static Via apiVia(Answers answers, ClusterAnswers provider) {
		if (Reach.of(provider, answers.network()) != Reach.NAT_ONPREM) {
			return Via.DIRECT;
		}
		return provider.natApiPort().isPresent() ? Via.PORT_FORWARD : Via.IN_BAND;
	}

	/**
	 * liqoctl peer writes to both clusters. An API server behind NAT without a forward is reached
	 * only from inside its site; with two such sites, from the gateway server's (the other API
	 * then needs a VPN or a forward that the plan says).
	 */
	private static Optional<Side> operatorSite(Answers answers, Peering peering, Optional<Side> server) {
		List<Side> hidden = new ArrayList<>();
		for (ClusterAnswers cluster : answers.clusters()) {
			boolean provides = role(peering, cluster.side()).provides();
			boolean forwarded = provides && cluster.natApiPort().isPresent();
			if (Reach.of(cluster, answers.network()) == Reach.NAT_ONPREM && !forwarded) {
				hidden.add(cluster.side());
			}
		}
		if (hidden.size() == 2) {
			return Optional.of(server.orElse(Side.A));
		}
		return hidden.stream().findFirst();
	}

	/** The NodePort pinned behind a router's forward: the router's port where it is a valid NodePort. */
	static int nodePort(int routerPort) {
		return (routerPort >= 30000 && routerPort <= 32767) ? routerPort : DEFAULT_NODE_PORT;
	}

	static Role role(Peering peering, Side side) {
		return switch (peering) {
			case A_TO_B -> (side == Side.A) ? Role.CONSUMER : Role.PROVIDER;
			case B_TO_A -> (side == Side.B) ? Role.CONSUMER : Role.PROVIDER;
			case BOTH -> Role.BOTH;
		};
	}

	Role role(Side side) {
		return role(this.peering, side);
	}

	/** The direction in which this cluster is the provider, if it provides. */
	Optional<Direction> providing(Side side) {
		return this.directions.stream().filter((direction) -> direction.provider() == side).findFirst();
	}

	Side serverSide() {
		return this.server.orElseThrow(() -> new IllegalStateException("no cluster can run the gateway server"));
	}

	Side clientSide() {
		return serverSide().other();
	}

}
