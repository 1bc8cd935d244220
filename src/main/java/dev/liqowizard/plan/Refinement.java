package dev.liqowizard.plan;

import java.util.List;
import java.util.Optional;

/**
 * An optional question that sharpens the files, as the release asks it for these answers, keyed
 * by its parameter: about one cluster ({@code a.podCidr}, with its side) or about the pair
 * ({@code peering}, without one). A label, the allowed choices (empty for free text), the default
 * and why it matters.
 */
public record Refinement(Optional<Side> side, String parameter, String label, List<String> choices,
		Optional<String> defaultValue, String why) {

	public Refinement {
		choices = List.copyOf(choices);
		if (!Parameters.isKnown(parameter)) {
			throw new IllegalArgumentException("not a parameter of the URL contract: " + parameter);
		}
	}

	/** A question about one cluster. */
	public static Refinement of(Side side, ClusterField field, String label, List<String> choices,
			Optional<String> defaultValue, String why) {
		return new Refinement(Optional.of(side), field.parameter(side), label, choices, defaultValue, why);
	}

	/** A question about the pair, such as the direction of a peering. */
	public static Refinement global(String parameter, String label, List<String> choices,
			Optional<String> defaultValue, String why) {
		return new Refinement(Optional.empty(), parameter, label, choices, defaultValue, why);
	}

	/** The parameter's key: {@code podCidr} for {@code a.podCidr}, {@code peering} for itself. */
	public String key() {
		return Parameters.key(this.parameter);
	}

	/** Whether the question is about this cluster. */
	public boolean isAbout(Side side) {
		return this.side.filter(side::equals).isPresent();
	}

	public boolean isChoice() {
		return !this.choices.isEmpty();
	}

}
