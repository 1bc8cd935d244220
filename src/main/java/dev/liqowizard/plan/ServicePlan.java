package dev.liqowizard.plan;

import java.util.Optional;

/**
 * How one service of one cluster is exposed: the table's wording ({@code cell}) and the concrete
 * choice within it ({@code method}, like "Ingress" for "LoadBalancer/ingress"), plus the port the
 * service is reached on in its cluster, empty for a NodePort (assigned at install). Behind NAT the
 * peer connects to the router's forwarded port instead: see {@link ClusterPlan#portForwards()}.
 */
public record ServicePlan(Service service, String cell, String method, Optional<Integer> port) {

	public Protocol protocol() {
		return this.service.protocol();
	}

}
