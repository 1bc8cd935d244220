package dev.liqowizard.diagram;

import java.util.List;
import java.util.Optional;

import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.Side;

/** The box of one service of one cluster: its name, the table's cell, where it listens. */
final class ServiceBox {

	private static final int TITLE = 14;

	private ServiceBox() {
	}

	/**
	 * Places the box at (x, y) with the height given and returns the height its words need; with
	 * a height of 0 it only measures.
	 */
	static int place(Sketch sketch, TopologyFacts facts, Side side, Service service, int x, int y, int width,
			int height) {
		ServicePlan plan = facts.cluster(side).service(service);
		double room = width - 6;
		List<String> title = Typeface.wrap(service.label(), TITLE, true, room, 2);
		List<String> cell = Typeface.wrap(plan.cell(), Sketch.SMALL, false, room, 4);
		// Where it listens, only if the other cluster dials it: a gateway client listens for nobody.
		List<String> endpoint = facts.headAt(service, side)
				? Typeface.wrap(TopologyFacts.endpoint(plan), Sketch.SMALL, false, room, 2) : List.of();
		Optional<List<String>> end = facts.gatewayEnd(side, service)
			.map((words) -> Typeface.wrap(words, Sketch.SMALL, true, room, 2));
		int needed = 22 + (title.size() - 1) * 18 + 20 + (cell.size() - 1) * 17
				+ (endpoint.isEmpty() ? 0 : 19 + (endpoint.size() - 1) * 17)
				+ end.map((lines) -> 19 + (lines.size() - 1) * 17).orElse(0) + 12;
		if (height > 0) {
			int center = x + width / 2;
			sketch.area(x, y, width, height, 6, "service");
			int line = y + (height - needed) / 2 + 22;
			int fit = (int) room;
			line = sketch.text(center, line, title, TITLE, true, "middle", "text", fit);
			line = sketch.text(center, line + 20, cell, Sketch.SMALL, false, "middle", "text", fit);
			if (!endpoint.isEmpty()) {
				line = sketch.text(center, line + 19, endpoint, Sketch.SMALL, false, "middle", "muted", fit);
			}
			if (end.isPresent()) {
				sketch.text(center, line + 19, end.get(), Sketch.SMALL, true, "middle", "gateway-end", fit);
			}
		}
		return needed;
	}

}
