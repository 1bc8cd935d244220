package dev.liqowizard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;

/**
 * The JSON of {@code /api/plan} (PRODUCT.md section 5): a view of the plan, nothing decided here.
 * {@code peering}, {@code gateway} and {@code apiServerAccess} appear for releases whose peerings
 * have a direction (v1.2.0); {@code warnings} is an addition to the contract, left out when there
 * are none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanJson(String liqo, String network, ScenarioJson scenario, List<ClusterJson> clusters,
		PeeringJson peering, GatewayJson gateway, List<ApiAccessJson> apiServerAccess, DiscoveryJson discovery,
		List<String> notes, List<String> limitations,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<WarningJson> warnings, Map<String, String> links) {

	record PeeringJson(String direction, String method) {
	}

	/** The tunnel: the cluster running the gateway server, the one dialing it, and how it listens. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record GatewayJson(String server, String client, String serviceType, Integer port) {
	}

	record ApiAccessJson(String consumer, String provider, String via) {
	}

	record ScenarioJson(String id, String title, String summary) {
	}

	record ClusterJson(String id, String name, String location, String distribution, String label, String role,
			Map<String, String> exposure, Map<String, String> method, List<String> notes,
			List<ForwardJson> portForwards, List<MissingJson> missing) {
	}

	record ForwardJson(String service, int externalPort, String protocol, String target) {
	}

	record MissingJson(String parameter, String what, String howToFind) {
	}

	record DiscoveryJson(String method, String summary, List<String> steps) {
	}

	record WarningJson(String parameter, String message) {
	}

	static PlanJson of(Plan plan, Map<String, String> links) {
		boolean directed = plan.answers().peering().isPresent();
		return new PlanJson(plan.release(), plan.network().value(),
				new ScenarioJson(plan.scenario().id(), plan.scenario().title(), plan.scenario().summary()),
				plan.clusters().stream().map(PlanJson::cluster).toList(),
				directed ? new PeeringJson(plan.answers().peering().get().value(), plan.discovery().method().value())
						: null,
				directed ? gateway(plan) : null, directed ? apiServerAccess(plan) : null,
				new DiscoveryJson(plan.discovery().method().value(), plan.discovery().summary(),
						plan.discovery().steps()),
				plan.notes(), plan.limitations(),
				plan.warnings().stream().map((warning) -> new WarningJson(warning.parameter(), warning.message())).toList(),
				links);
	}

	private static GatewayJson gateway(Plan plan) {
		List<Link> tunnel = plan.links(Service.NETWORK_GATEWAY);
		if (tunnel.isEmpty()) {
			return null;
		}
		Link link = tunnel.get(0);
		ServicePlan server = plan.cluster(link.to()).service(Service.NETWORK_GATEWAY);
		return new GatewayJson(link.to().id(), link.from().id(), server.method(), server.port().orElse(null));
	}

	private static List<ApiAccessJson> apiServerAccess(Plan plan) {
		return plan.links(Service.KUBERNETES_API_SERVER)
			.stream()
			.map((link) -> new ApiAccessJson(link.from().id(), link.to().id(), link.via().value()))
			.toList();
	}

	private static ClusterJson cluster(ClusterPlan cluster) {
		Map<String, String> exposure = new LinkedHashMap<>();
		Map<String, String> method = new LinkedHashMap<>();
		for (ServicePlan service : cluster.services()) {
			exposure.put(service.service().key(), service.cell());
			method.put(service.service().key(), service.method());
		}
		return new ClusterJson(cluster.side().id(), cluster.name(), cluster.location().value(),
				cluster.distribution().map(Distribution::value).orElse(null), cluster.label(), cluster.role().value(),
				exposure, method,
				cluster.notes(), cluster.portForwards().stream().map(PlanJson::forward).toList(),
				cluster.missing().stream().map(PlanJson::missing).toList());
	}

	private static ForwardJson forward(PortForward forward) {
		return new ForwardJson(forward.service().key(), forward.externalPort(), forward.protocol().name(),
				forward.target());
	}

	private static MissingJson missing(MissingValue missing) {
		return new MissingJson(missing.parameter(), missing.what(), missing.howToFind());
	}

}
