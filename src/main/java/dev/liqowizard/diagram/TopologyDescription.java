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
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;

/** The diagram in words, for its {@code <desc>}: what a screen reader says instead of the picture. */
final class TopologyDescription {

	private TopologyDescription() {
	}

	static String of(Plan plan) {
		TopologyFacts facts = new TopologyFacts(plan);
		ClusterPlan a = plan.clusters().get(0);
		ClusterPlan b = plan.clusters().get(1);
		StringBuilder text = new StringBuilder();
		text.append(cluster(a)).append(", connects ").append(network(plan.network())).append(" to ")
			.append(cluster(b)).append(". ");
		facts.offloading().ifPresent((words) -> text.append(capitalised(words)).append(". "));
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
		for (Service service : plan.services()) {
			text.append(links(plan, service));
		}
		List<Link> tunnel = plan.links(Service.NETWORK_GATEWAY);
		if (facts.directional() && tunnel.size() == 1) {
			text.append(" The gateway server runs on ").append(plan.cluster(tunnel.get(0).to()).name()).append("; ")
				.append(plan.cluster(tunnel.get(0).from()).name()).append(" runs the gateway client.");
		}
		if (facts.directional()) {
			plan.operatorSite()
				.ifPresent((side) -> text.append(" Run liqoctl peer from a machine inside the network of ")
					.append(plan.cluster(side).name()).append('.'));
			facts.operatorAnywhere().ifPresent((words) -> text.append(' ').append(words));
		}
		text.append(' ').append(TopologyFacts.LEGEND);
		return text.toString();
	}

	/** Who reaches a service of whom, and how: one sentence per lane. */
	private static String links(Plan plan, Service service) {
		List<Link> links = plan.links(service);
		if (links.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		if (links.size() == 2 && links.get(0).from() != links.get(1).from()) {
			text.append(' ').append(plan.cluster(Side.A).name()).append(" and ").append(plan.cluster(Side.B).name())
				.append(" each reach the other's ").append(service.label());
			for (Link link : links) {
				text.append(via(plan, link, ", " + plan.cluster(link.from()).name()));
			}
			return text.append('.').toString();
		}
		for (Link link : links) {
			String from = plan.cluster(link.from()).name();
			String to = plan.cluster(link.to()).name();
			if (link.via() == Via.IN_BAND) {
				text.append(' ').append(from).append(" reaches the ").append(service.label()).append(" of ").append(to)
					.append(" in-band, through the WireGuard tunnel.");
			}
			else {
				text.append(' ').append(from).append(" dials the ").append(service.label()).append(" of ").append(to)
					.append(via(plan, link, "")).append('.');
			}
		}
		return text.toString();
	}

	private static String via(Plan plan, Link link, String who) {
		return switch (link.via()) {
			case DIRECT -> "";
			case PORT_FORWARD -> who + " through the forward on the NAT router of " + plan.cluster(link.to()).name();
			case IN_BAND -> who + " in-band, through the WireGuard tunnel";
		};
	}

	private static String capitalised(String words) {
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
