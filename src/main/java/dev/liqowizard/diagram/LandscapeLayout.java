package dev.liqowizard.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.diagram.Topology.Drawing;
import dev.liqowizard.diagram.Topology.Icon;
import dev.liqowizard.diagram.Topology.Line;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.Side;

/**
 * The wide arrangement: cluster A on the left, cluster B on the right, the NAT routers and the
 * network as columns between them, one horizontal lane per service. Words about a lane sit above
 * it; the titles of the columns sit above the first lane.
 */
final class LandscapeLayout {

	static final int WIDTH = 880;

	private static final int MARGIN = 12;

	private static final int PANEL = 236;

	private static final int PAD = 12;

	private static final int GAP = 10;

	private static final int ROUTER = 104;

	private static final int ROW_GAP = 18;

	private static final int OFFLOAD_ROW = 44;

	private final TopologyFacts facts;

	private final Sketch sketch = new Sketch();

	/** A column between the clusters: a NAT router or the network. */
	private record Column(int x, int width, Optional<Side> router) {

		int center() {
			return this.x + this.width / 2;
		}

	}

	private LandscapeLayout(TopologyFacts facts) {
		this.facts = facts;
	}

	static Drawing draw(TopologyFacts facts) {
		return new LandscapeLayout(facts).draw();
	}

	private int panelX(Side side) {
		return (side == Side.A) ? MARGIN : WIDTH - MARGIN - PANEL;
	}

	private int boxWidth() {
		return PANEL - 2 * PAD;
	}

	private Drawing draw() {
		Optional<String> offloading = this.facts.offloading();
		int top = MARGIN + (offloading.isPresent() ? OFFLOAD_ROW : 0);
		List<Column> columns = columns();
		int rowHeight = rowHeight();
		int header = Math.max(header(Side.A, top, false), header(Side.B, top, false)) - top;
		for (Column column : columns) {
			int above = Math.max(0, tagHeight(column, this.facts.services().get(0)) - rowHeight / 2);
			header = Math.max(header, columnTitle(column, top, false) - top + above + 6);
		}
		int rowsTop = top + header + 6;
		List<Service> services = this.facts.services();
		for (Service service : services) {
			for (Column column : columns) {
				rowHeight = Math.max(rowHeight, tagHeight(column, service) * 2 - ROW_GAP + 8);
			}
		}
		int rowsBottom = rowsTop + services.size() * rowHeight + (services.size() - 1) * ROW_GAP;
		boolean operator = this.facts.operatorHere(Side.A) || this.facts.operatorHere(Side.B);
		int bottom = rowsBottom + PAD + (operator ? 52 : 0);

		for (Side side : Side.values()) {
			this.sketch.panel(panelX(side), top, PANEL, bottom - top, 10, "panel panel-" + this.facts.accent(side));
			header(side, top, true);
			if (this.facts.operatorHere(side)) {
				operator(panelX(side) + PAD, rowsBottom + 18);
			}
		}
		for (Column column : columns) {
			this.sketch.panel(column.x(), top, column.width(), bottom - top, 8,
					column.router().isPresent() ? "router" : "band band-" + this.facts.network().value());
			columnTitle(column, top, true);
		}
		for (int row = 0; row < services.size(); row++) {
			Service service = services.get(row);
			int y = rowsTop + row * (rowHeight + ROW_GAP);
			for (Side side : Side.values()) {
				serviceBox(side, service, panelX(side) + PAD, y, rowHeight);
			}
			int laneY = y + rowHeight / 2;
			int from = panelX(Side.A) + PAD + boxWidth();
			int to = panelX(Side.B) + PAD;
			this.sketch.lane(Line.straight(from, laneY, to, laneY, this.facts.headAt(service, Side.A),
					this.facts.headAt(service, Side.B), this.facts.laneStyle(service)).named(TopologyFacts.laneName(service)));
			for (Column column : columns) {
				tag(column, service, laneY);
			}
		}
		offloading.ifPresent((words) -> offloadingArrow(words, top));
		int y = bottom + 22;
		Optional<String> anywhere = this.facts.operatorAnywhere();
		if (anywhere.isPresent()) {
			this.sketch.icon(Icon.Kind.TERMINAL, MARGIN, y - 16, "icon-terminal");
			this.sketch.text(MARGIN + 32, y, List.of(anywhere.get()), Sketch.SMALL, true, "start", "text");
			y += 26;
		}
		y = this.sketch.legend(MARGIN, y, WIDTH - 2 * MARGIN, this.facts.legend());
		return this.sketch.drawing(WIDTH, y + MARGIN);
	}

	private List<Column> columns() {
		int left = MARGIN + PANEL + GAP;
		int right = WIDTH - MARGIN - PANEL - GAP;
		List<Column> columns = new ArrayList<>();
		boolean routerA = this.facts.behindRouter(Side.A);
		boolean routerB = this.facts.behindRouter(Side.B);
		int band = right - left - (routerA ? ROUTER + GAP : 0) - (routerB ? ROUTER + GAP : 0);
		int x = left;
		if (routerA) {
			columns.add(new Column(x, ROUTER, Optional.of(Side.A)));
			x += ROUTER + GAP;
		}
		columns.add(new Column(x, band, Optional.empty()));
		x += band + GAP;
		if (routerB) {
			columns.add(new Column(x, ROUTER, Optional.of(Side.B)));
		}
		return columns;
	}

	/** A cluster's icon, name, kind and role; returns the y below it. Draws only when asked. */
	private int header(Side side, int top, boolean draw) {
		int x = panelX(side);
		int textX = x + 58;
		double room = PANEL - 58 - PAD;
		String name = Typeface.fit(this.facts.cluster(side).name(), 17, true, room);
		List<String> kind = Typeface.wrap(this.facts.kind(side), Sketch.SMALL, false, room, 2);
		int y = top + 34;
		if (draw) {
			boolean cloud = this.facts.accent(side).equals("cloud");
			this.sketch.icon(cloud ? Icon.Kind.CLOUD : Icon.Kind.RACK, x + PAD + 2, top + 14,
					"icon-" + this.facts.accent(side));
			this.sketch.text(textX, y, List.of(name), 17, true, "start", "text");
			this.sketch.text(textX, y + 19, List.of(Typeface.fit(this.facts.subtitle(side), Sketch.SMALL, false, room)),
					Sketch.SMALL, false, "start", "muted");
			this.sketch.text(textX, y + 36, kind, Sketch.SMALL, false, "start", "muted");
		}
		y += 36 + (kind.size() - 1) * 17 + 10;
		Optional<String> role = this.facts.role(side);
		if (role.isPresent()) {
			if (draw) {
				this.sketch.pill(textX, y, role.get(), "start", "role-badge", "role-badge-text");
			}
			y += Sketch.PILL + 6;
		}
		return y;
	}

	/** The icon, name and details of a column; returns the y below them. Draws only when asked. */
	private int columnTitle(Column column, int top, boolean draw) {
		double room = column.width() - 12;
		List<String> title;
		List<String> details;
		Icon.Kind kind;
		String iconStyle;
		if (column.router().isPresent()) {
			Side side = column.router().get();
			title = Typeface.wrap(this.facts.routerTitle(), 14, true, room, 2);
			details = new ArrayList<>();
			for (String detail : this.facts.routerDetails(side)) {
				details.addAll(Typeface.wrap(detail, Sketch.SMALL, false, room, 3));
			}
			kind = Icon.Kind.ROUTER;
			iconStyle = "icon-nat";
		}
		else {
			title = Typeface.wrap(this.facts.networkName(), 14, true, room, 3);
			details = new ArrayList<>();
			for (String detail : this.facts.networkDetails()) {
				details.addAll(Typeface.wrap(detail, Sketch.SMALL, false, room, 3));
			}
			kind = switch (this.facts.network()) {
				case INTERNET -> Icon.Kind.GLOBE;
				case LAN -> Icon.Kind.SWITCH;
				case ROUTED -> Icon.Kind.ROUTER;
			};
			iconStyle = "icon-band";
		}
		int y = top + 52;
		if (draw) {
			this.sketch.icon(kind, column.center() - 16, top + 12, iconStyle);
			this.sketch.text(column.center(), y, title, 14, true, "middle", "text");
		}
		y += title.size() * 18;
		if (draw) {
			this.sketch.text(column.center(), y, details, Sketch.SMALL, false, "middle", "muted");
		}
		return y + details.size() * 17 - 6;
	}

	/** How far above its lane the words of a column reach. */
	private int tagHeight(Column column, Service service) {
		if (column.router().isPresent()) {
			return this.facts.forward(column.router().get(), service).isPresent() ? Sketch.PILL + 12 : 0;
		}
		return transport(column, service).size() * 17 + 8;
	}

	private List<String> transport(Column column, Service service) {
		return Typeface.wrap(this.facts.transport(service), Sketch.SMALL, false, column.width() - 12, 3);
	}

	/** The forwarded port on a router column, or what travels, on the network column; above the lane. */
	private void tag(Column column, Service service, int laneY) {
		if (column.router().isPresent()) {
			this.facts.forward(column.router().get(), service)
				.ifPresent((port) -> this.sketch.pill(column.center(), laneY - Sketch.PILL - 7, port, "middle", "port",
						"port-text"));
			return;
		}
		List<String> lines = transport(column, service);
		this.sketch.text(column.center(), laneY - 8 - (lines.size() - 1) * 17, lines, Sketch.SMALL, false, "middle",
				"lane-text");
	}

	private int rowHeight() {
		int height = 0;
		for (Service service : this.facts.services()) {
			for (Side side : Side.values()) {
				height = Math.max(height, serviceBox(side, service, 0, 0, 0));
			}
		}
		return height;
	}

	/** One service of one cluster; returns the height it needs. Draws only when asked. */
	private int serviceBox(Side side, Service service, int x, int y, int height) {
		return ServiceBox.place(this.sketch, this.facts, side, service, x, y, boxWidth(), height);
	}

	private void operator(int x, int y) {
		this.sketch.icon(Icon.Kind.TERMINAL, x, y, "icon-terminal");
		List<String> words = this.facts.operatorHereWords();
		this.sketch.text(x + 34, y + 12, List.of(words.get(0)), Sketch.SMALL, true, "start", "text");
		this.sketch.text(x + 34, y + 29, words.subList(1, words.size()), Sketch.SMALL, false, "start", "muted");
	}

	/** From the consumer's panel over the columns into the provider's, words above. */
	private void offloadingArrow(String words, int panelTop) {
		int a = panelX(Side.A) + PANEL / 2;
		int b = panelX(Side.B) + PANEL / 2;
		int y = MARGIN + 26;
		this.sketch.lane(new Line(List.of(a, panelTop, a, y, b, y, b, panelTop), this.facts.offloadedOnto(Side.A),
				this.facts.offloadedOnto(Side.B), "offload", ""));
		this.sketch.text(WIDTH / 2, y - 8, List.of(Typeface.fit(words, 14, true, b - a - 40)), 14, true, "middle",
				"text");
	}

}
