package dev.liqowizard.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Side;

/**
 * The pages of the wizard in the order they are asked, each owning the parameters it asks for.
 * The network comes first, so that each cluster's page knows what can work where it is asked.
 * The release is chosen on the start page.
 */
public enum WizardStep {

	NETWORK("network"),

	CLUSTER_A("cluster-a"),

	CLUSTER_B("cluster-b"),

	/** Only for releases whose peerings have a direction. */
	PEERING("peering"),

	/** Real options only: how services are exposed where the release offers a choice. */
	DETAILS("details");

	/** What a cluster's page asks: where it runs and where the peer reaches it. */
	static final Set<ClusterField> CLUSTER_FIELDS = EnumSet.of(ClusterField.NAME, ClusterField.LOCATION,
			ClusterField.DISTRIBUTION, ClusterField.ADDRESS, ClusterField.NAT_AUTH_PORT, ClusterField.NAT_API_PORT,
			ClusterField.NAT_GATEWAY_PORT, ClusterField.POD_CIDR, ClusterField.SERVICE_CIDR);

	private final String path;

	WizardStep(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	static Optional<WizardStep> fromPath(String path) {
		return Arrays.stream(values()).filter((step) -> step.path.equals(path)).findFirst();
	}

	Optional<Side> side() {
		return switch (this) {
			case CLUSTER_A -> Optional.of(Side.A);
			case CLUSTER_B -> Optional.of(Side.B);
			default -> Optional.empty();
		};
	}

	static WizardStep of(Side side) {
		return (side == Side.A) ? CLUSTER_A : CLUSTER_B;
	}

	/** The step that asks for a contract parameter, if any. */
	static Optional<WizardStep> owner(String parameter) {
		if (parameter.equals(Parameters.NETWORK) || parameter.equals(Parameters.LIQO)) {
			return Optional.of(NETWORK);
		}
		if (parameter.equals(Parameters.PEERING)) {
			return Optional.of(PEERING);
		}
		for (Side side : Side.values()) {
			for (ClusterField field : ClusterField.values()) {
				if (field.parameter(side).equals(parameter)) {
					return Optional.of(CLUSTER_FIELDS.contains(field) ? of(side) : DETAILS);
				}
			}
		}
		return Optional.empty();
	}

	boolean owns(String parameter) {
		return owner(parameter).filter(this::equals).isPresent();
	}

	/** The parameter whose choice this step makes, where a combination can fail. */
	Optional<String> choiceParameter() {
		return switch (this) {
			case NETWORK -> Optional.of(Parameters.NETWORK);
			case CLUSTER_A, CLUSTER_B -> Optional.of(ClusterField.LOCATION.parameter(side().orElseThrow()));
			case PEERING -> Optional.of(Parameters.PEERING);
			case DETAILS -> Optional.empty();
		};
	}

}
