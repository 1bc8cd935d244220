package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;

/**
 * Who dials whom in v0.3.2. A peering is mutual, so each cluster reaches every service of the
 * other, through the router's forward where the listener is behind NAT. The exception is the
 * tunnel: v0.3.2 cannot advertise a gateway's public address (that arrives in v0.6.0), so behind
 * NAT only the NAT side can start it, towards the peer's public gateway.
 */
final class LinkPlanner {

	private LinkPlanner() {
	}

	static List<Link> plan(List<ClusterPlan> clusters) {
		Optional<Side> natSide = clusters.stream()
			.filter((cluster) -> !cluster.portForwards().isEmpty())
			.map(ClusterPlan::side)
			.findFirst();
		List<Link> links = new ArrayList<>();
		for (ServicePlan service : clusters.get(0).services()) {
			for (ClusterPlan listener : clusters) {
				Side from = listener.side().other();
				boolean tunnel = service.service() == Service.NETWORK_GATEWAY;
				if (tunnel && natSide.isPresent() && natSide.get() != from) {
					continue;
				}
				boolean forwarded = listener.portForwards()
					.stream()
					.anyMatch((forward) -> forward.service() == service.service());
				links.add(new Link(service.service(), from, listener.side(), forwarded ? Via.PORT_FORWARD : Via.DIRECT));
			}
		}
		return links;
	}

}
