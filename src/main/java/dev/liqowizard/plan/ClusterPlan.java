package dev.liqowizard.plan;

import java.util.List;
import java.util.Optional;

/**
 * The plan for one cluster: its column of the exposure table, why, and what the generated files
 * set. Everything shown or written about this cluster is read from here.
 *
 * @param role what the cluster does in the peering
 * @param label the column label, like "On-prem behind NAT"
 * @param services one entry per row of the table, in table order
 * @param notes plain-words notes: why a service is exposed so, what the user must arrange
 * @param values the Helm values for this cluster's release
 * @param portForwards the rules on the NAT router in front of this cluster, if any
 * @param missing what the files need but the answers do not say
 * @param environment values the install script takes from the environment, such as credentials
 * @param authUrl the auth URL the peer uses, when known before install
 * @param apiServerUrl the API server URL Liqo advertises, when known before install
 */
public record ClusterPlan(ClusterAnswers answers, Role role, String label, List<ServicePlan> services, List<String> notes,
		HelmValues values, List<PortForward> portForwards, List<MissingValue> missing, List<EnvironmentInput> environment,
		Optional<String> authUrl, Optional<String> apiServerUrl) {

	public ClusterPlan {
		services = List.copyOf(services);
		notes = List.copyOf(notes);
		portForwards = List.copyOf(portForwards);
		missing = List.copyOf(missing);
		environment = List.copyOf(environment);
	}

	public Side side() {
		return this.answers.side();
	}

	public String name() {
		return this.answers.name();
	}

	public Location location() {
		return this.answers.location();
	}

	public Optional<Distribution> distribution() {
		return this.answers.distribution();
	}

	/** The column header of the exposure table, like "Cluster A (On-prem behind NAT)". */
	public String columnTitle() {
		return side().title() + " (" + this.label + ")";
	}

	public ServicePlan service(Service service) {
		return this.services.stream()
			.filter((plan) -> plan.service() == service)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(service + " is not part of this plan"));
	}

	/** The table cell of a service, like "NodePort with port-forwarding". */
	public String exposure(Service service) {
		return service(service).cell();
	}

	public boolean isComplete() {
		return this.missing.isEmpty();
	}

}
