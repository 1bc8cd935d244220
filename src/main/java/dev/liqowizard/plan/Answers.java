package dev.liqowizard.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every answer of one request, validated: the input of a {@code LiqoRelease}. */
public record Answers(String release, Network network, ClusterAnswers a, ClusterAnswers b,
		Optional<Peering> peering) {

	public Answers {
		if (a.side() != Side.A || b.side() != Side.B) {
			throw new IllegalArgumentException("cluster answers are in the wrong order");
		}
	}

	public ClusterAnswers cluster(Side side) {
		return (side == Side.A) ? this.a : this.b;
	}

	public List<ClusterAnswers> clusters() {
		return List.of(this.a, this.b);
	}

	/** The answers as canonical URL parameters (PRODUCT.md section 3), in canonical order. */
	public Map<String, String> toParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(Parameters.LIQO, this.release);
		parameters.put(Parameters.NETWORK, this.network.value());
		for (ClusterAnswers cluster : clusters()) {
			cluster.values().forEach((field, value) -> parameters.put(field.parameter(cluster.side()), value));
		}
		this.peering.ifPresent((value) -> parameters.put(Parameters.PEERING, value.value()));
		return parameters;
	}

}
