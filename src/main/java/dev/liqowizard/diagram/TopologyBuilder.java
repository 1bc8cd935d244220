package dev.liqowizard.diagram;

import dev.liqowizard.plan.Plan;

/**
 * Draws a plan twice from the same facts: landscape for wide columns, portrait for phones. Every
 * word comes from the plan, so the picture cannot disagree with the table.
 */
public final class TopologyBuilder {

	private TopologyBuilder() {
	}

	public static Topology build(Plan plan) {
		TopologyFacts facts = new TopologyFacts(plan);
		return new Topology(facts.title(), TopologyDescription.of(plan), LandscapeLayout.draw(facts),
				PortraitLayout.draw(facts));
	}

}
