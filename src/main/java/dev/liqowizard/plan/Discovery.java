package dev.liqowizard.plan;

import java.util.List;

/** How the clusters of a plan find each other, and what the user does for it, step by step. */
public record Discovery(DiscoveryMethod method, String summary, List<String> steps) {

	public Discovery {
		steps = List.copyOf(steps);
	}

}
