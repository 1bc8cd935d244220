package dev.liqowizard.diagram;

import java.util.List;
import java.util.StringJoiner;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;

/** The diagram in words, for its {@code <desc>}: what a screen reader says instead of the picture. */
final class TopologyDescription {

	private TopologyDescription() {
	}

	static String of(Plan plan) {
		ClusterPlan a = plan.clusters().get(0);
		ClusterPlan b = plan.clusters().get(1);
		StringBuilder text = new StringBuilder();
		text.append(cluster(a)).append(", connects ").append(network(plan.network())).append(" to ")
			.append(cluster(b)).append(". ");
		text.append(services(a)).append(' ').append(services(b));
		for (ClusterPlan cluster : plan.clusters()) {
			if (!cluster.portForwards().isEmpty()) {
				StringJoiner forwards = new StringJoiner(", ");
				for (PortForward forward : cluster.portForwards()) {
					forwards.add(forward.externalPort() + "/" + forward.protocol() + " to " + forward.target());
				}
				text.append(" The NAT router of ").append(cluster.name()).append(" forwards ").append(forwards)
					.append('.');
			}
		}
		List<Link> tunnel = plan.links(Service.NETWORK_GATEWAY);
		if (tunnel.size() == 1) {
			text.append(" The WireGuard tunnel is started by ").append(plan.cluster(tunnel.get(0).from()).name())
				.append('.');
		}
		return text.toString();
	}

	private static String cluster(ClusterPlan cluster) {
		String where = switch (cluster.location()) {
			case CLOUD -> "in a managed cloud";
			case ONPREM -> "on premises";
			case ONPREM_NAT -> cluster.portForwards().isEmpty() ? "on premises"
					: "on premises behind a NAT router"
							+ cluster.answers().address().map((address) -> " at " + address).orElse("");
		};
		return cluster.side().title() + ", " + cluster.name()
				+ cluster.distribution().map((d) -> " (" + d.label() + ")").orElse("") + ", " + where;
	}

	private static String network(Network network) {
		return switch (network) {
			case INTERNET -> "over the Internet";
			case LAN -> "over one LAN";
			case ROUTED -> "over a routed private network";
		};
	}

	private static String services(ClusterPlan cluster) {
		StringJoiner services = new StringJoiner("; ", cluster.name() + " exposes ", ".");
		for (ServicePlan service : cluster.services()) {
			services.add(service.service().label() + ": " + service.cell());
		}
		return services.toString();
	}

}
