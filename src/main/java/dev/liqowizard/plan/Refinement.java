package dev.liqowizard.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An optional question that sharpens the files, as the release asks it for these answers, keyed
 * by its parameter: about one cluster ({@code a.podCidr}, with its side) or about the pair
 * ({@code peering}, without one). A label, the allowed choices (empty for free text), the default,
 * why it matters, and the answer it goes with when it only makes sense after one (an Ingress's
 * host only with an Ingress).
 */
public record Refinement(Optional<Side> side, String parameter, String label, List<String> choices,
		Optional<String> defaultValue, String why, Optional<AskedWhen> askedWhen) {

	public Refinement {
		choices = List.copyOf(choices);
		if (!Parameters.isKnown(parameter)) {
			throw new IllegalArgumentException("not a parameter of the URL contract: " + parameter);
		}
	}

	public Refinement(Optional<Side> side, String parameter, String label, List<String> choices,
			Optional<String> defaultValue, String why) {
		this(side, parameter, label, choices, defaultValue, why, Optional.empty());
	}

	/** The same question, asked only when another question of the same cluster has this answer. */
	public Refinement askedOnlyWhen(ClusterField field, String value) {
		Side of = this.side.orElseThrow(() -> new IllegalStateException(this.parameter + " is about no cluster"));
		return new Refinement(this.side, this.parameter, this.label, this.choices, this.defaultValue, this.why,
				Optional.of(new AskedWhen(field.parameter(of), value)));
	}

	/** Whether these answers (URL parameters and values) are ones the question is asked with. */
	public boolean isAskedWith(Map<String, String> values) {
		return this.askedWhen.map((when) -> when.value().equals(values.get(when.parameter()))).orElse(true);
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

	/** The answer a question goes with: {@code parameter} must be {@code value}. */
	public record AskedWhen(String parameter, String value) {

		public AskedWhen {
			if (!Parameters.isKnown(parameter)) {
				throw new IllegalArgumentException("not a parameter of the URL contract: " + parameter);
			}
		}

	}

}
