package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Side;

/** The pages of the wizard, each owning the parameters it asks for. */
public enum WizardStep {

	CLUSTER_A("cluster-a"),

	CLUSTER_B("cluster-b"),

	NETWORK("network"),

	/** Optional refinements, after the three core steps. */
	DETAILS("details");

	/** The core steps a user counts: "Step 2 of 3". */
	static final int CORE_STEPS = 3;

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

	/** 1 to 3 for the core steps; the details step has no number. */
	public int number() {
		return (this == DETAILS) ? 0 : ordinal() + 1;
	}

	public boolean isCore() {
		return this != DETAILS;
	}

	Optional<Side> side() {
		return switch (this) {
			case CLUSTER_A -> Optional.of(Side.A);
			case CLUSTER_B -> Optional.of(Side.B);
			default -> Optional.empty();
		};
	}

	/** The step that asks for a contract parameter, if any. */
	static Optional<WizardStep> owner(String parameter) {
		if (parameter.equals(Parameters.NETWORK) || parameter.equals(Parameters.LIQO)) {
			return Optional.of(NETWORK);
		}
		if (parameter.equals(Parameters.PEERING)) {
			return Optional.of(DETAILS);
		}
		for (Side side : Side.values()) {
			for (ClusterField field : ClusterField.values()) {
				if (field.parameter(side).equals(parameter)) {
					return Optional.of(field.isRefinement() ? DETAILS : (side == Side.A) ? CLUSTER_A : CLUSTER_B);
				}
			}
		}
		return Optional.empty();
	}

	boolean owns(String parameter) {
		return owner(parameter).filter(this::equals).isPresent();
	}

	/** The required answers of the steps before this one. */
	List<String> requiredBefore() {
		List<String> required = new ArrayList<>();
		if (ordinal() > CLUSTER_A.ordinal()) {
			required.add(ClusterField.LOCATION.parameter(Side.A));
		}
		if (ordinal() > CLUSTER_B.ordinal()) {
			required.add(ClusterField.LOCATION.parameter(Side.B));
		}
		if (ordinal() > NETWORK.ordinal()) {
			required.add(Parameters.NETWORK);
		}
		return required;
	}

	/** Where this step's form goes; empty means "finish and show the plan". */
	Optional<WizardStep> next() {
		return switch (this) {
			case CLUSTER_A -> Optional.of(CLUSTER_B);
			case CLUSTER_B -> Optional.of(NETWORK);
			case NETWORK, DETAILS -> Optional.empty();
		};
	}

	Optional<WizardStep> previous() {
		return switch (this) {
			case CLUSTER_A -> Optional.empty();
			case CLUSTER_B -> Optional.of(CLUSTER_A);
			case NETWORK -> Optional.of(CLUSTER_B);
			case DETAILS -> Optional.of(NETWORK);
		};
	}

}
