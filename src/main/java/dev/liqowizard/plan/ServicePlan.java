package dev.liqowizard.plan;

import java.util.Optional;

/**
 * How one service of one cluster is exposed: the table's wording ({@code cell}) and the concrete
 * choice within it ({@code method}, like "Ingress" for "LoadBalancer/ingress"), plus the port the
 * peer connects to when the plan knows it (NodePorts are assigned at install).
 */
public record ServicePlan(Service service, String cell, String method, Optional<Integer> port) {

	public Protocol protocol() {
		return this.service.protocol();
	}

}
