package dev.liqowizard.plan;

import java.util.List;
import java.util.Optional;

/**
 * An optional question that sharpens the files of one cluster, as the release asks it for these
 * answers: a label, the allowed choices (empty for free text), the default and why it matters.
 */
public record Refinement(Side side, ClusterField field, String label, List<String> choices,
		Optional<String> defaultValue, String why) {

	public Refinement {
		choices = List.copyOf(choices);
	}

	public String parameter() {
		return this.field.parameter(this.side);
	}

	public boolean isChoice() {
		return !this.choices.isEmpty();
	}

}
