package dev.liqowizard.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.diagram.Topology.Drawing;
import dev.liqowizard.diagram.Topology.Icon;
import dev.liqowizard.diagram.Topology.Line;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.Side;

/**
 * The narrow arrangement, for phones: cluster A on top, cluster B at the bottom, the NAT routers
 * and the network as bands between them, one vertical lane per service. Lanes cross the bands, so
 * words in a band go in the gaps between lanes, each beside its lane, packed so none overlap.
 */
final class PortraitLayout {

	static final int WIDTH = 300;

	private static final int MARGIN = 6;

	private static final int PAD = 6;

	private static final int COLUMN_GAP = 6;

	private static final int BAND_GAP = 10;

	private final TopologyFacts facts;

	private final Sketch sketch = new Sketch();

	private final List<Service> services;

	/** Free room between two lanes (or a lane and the edge), where a band's words go. */
	private record Gap(int left, int right) {

		int width() {
			return this.right - this.left;
		}

	}

	/** Something already placed in a band: its horizontal extent and its bottom. */
	private record Placed(int left, int right, int bottom) {
	}

	private PortraitLayout(TopologyFacts facts) {
		this.facts = facts;
		this.services = facts.services();
	}

	static Drawing draw(TopologyFacts facts) {
		return new PortraitLayout(facts).draw();
	}

	private int inner() {
		return WIDTH - 2 * MARGIN - 2 * PAD;
	}

	private int columnWidth() {
		int n = this.services.size();
		return (inner() - (n - 1) * COLUMN_GAP) / n;
	}

	private int columnX(int column) {
		return MARGIN + PAD + column * (columnWidth() + COLUMN_GAP);
	}

	private int laneX(int column) {
		return columnX(column) + columnWidth() / 2;
	}

	/** The gap left of lane k (k = 0 is the margin), or right of the last lane (k = n). */
	private Gap gap(int k) {
		int left = (k == 0) ? MARGIN + 4 : laneX(k - 1) + 6;
		int right = (k == this.services.size()) ? WIDTH - MARGIN - 4 : laneX(k) - 6;
		return new Gap(left, right);
	}

	private Drawing draw() {
		int y = MARGIN;
		Optional<String> offloading = this.facts.offloading();
		if (offloading.isPresent()) {
			List<String> words = Typeface.wrap(offloading.get(), 14, true, WIDTH - 2 * MARGIN, 3);
			y = this.sketch.text(WIDTH / 2, y + 16, words, 14, true, "middle", "text") + 10;
		}
		int rowHeight = 0;
		for (Service service : this.services) {
			for (Side side : Side.values()) {
				rowHeight = Math.max(rowHeight,
						ServiceBox.place(this.sketch, this.facts, side, service, 0, 0, columnWidth(), 0));
			}
		}
		// Cluster A: header, then its services, whose lanes leave downwards.
		int aTop = y;
		y = header(Side.A, y) + 8;
		y = operator(Side.A, y);
		int aServices = y;
		services(Side.A, y, rowHeight);
		y += rowHeight + PAD;
		this.sketch.panel(MARGIN, aTop, WIDTH - 2 * MARGIN, y - aTop, 10, "panel panel-" + this.facts.accent(Side.A));
		int lanesFrom = aServices + rowHeight;
		int middleTop = y;
		y += BAND_GAP;
		if (this.facts.behindRouter(Side.A)) {
			y = band(Optional.of(Side.A), y) + BAND_GAP;
		}
		y = band(Optional.empty(), y) + BAND_GAP;
		if (this.facts.behindRouter(Side.B)) {
			y = band(Optional.of(Side.B), y) + BAND_GAP;
		}
		int middleBottom = y;
		// Cluster B: its services first, where the lanes arrive, then its header.
		int bTop = y;
		y += PAD;
		int lanesTo = y;
		services(Side.B, y, rowHeight);
		y += rowHeight + 8;
		y = header(Side.B, y);
		y = operator(Side.B, y + 4);
		this.sketch.panel(MARGIN, bTop, WIDTH - 2 * MARGIN, y - bTop, 10, "panel panel-" + this.facts.accent(Side.B));
		for (int column = 0; column < this.services.size(); column++) {
			Service service = this.services.get(column);
			this.sketch.lane(Line.straight(laneX(column), lanesFrom, laneX(column), lanesTo,
					this.facts.headAt(service, Side.A), this.facts.headAt(service, Side.B),
					this.facts.laneStyle(service)).named(TopologyFacts.laneName(service)));
		}
		if (offloading.isPresent()) {
			int x = MARGIN + 12;
			this.sketch.lane(Line.straight(x, middleTop, x, middleBottom, this.facts.offloadedOnto(Side.A),
					this.facts.offloadedOnto(Side.B), "offload"));
		}
		y += 22;
		Optional<String> anywhere = this.facts.operatorAnywhere();
		if (anywhere.isPresent()) {
			this.sketch.icon(Icon.Kind.TERMINAL, MARGIN, y - 16, "icon-terminal");
			List<String> words = Typeface.wrap(anywhere.get(), Sketch.SMALL, true, WIDTH - 2 * MARGIN - 34, 3);
			y = this.sketch.text(MARGIN + 34, y, words, Sketch.SMALL, true, "start", "text") + 26;
		}
		y = this.sketch.legend(MARGIN, y, WIDTH - 2 * MARGIN, this.facts.legend());
		return this.sketch.drawing(WIDTH, y + MARGIN + 4);
	}

	/** Icon, name, kind and role of a cluster from y; returns the y below. */
	private int header(Side side, int top) {
		int x = MARGIN + PAD;
		int textX = x + 44;
		double room = WIDTH - MARGIN - PAD - textX;
		boolean cloud = this.facts.accent(side).equals("cloud");
		this.sketch.icon(cloud ? Icon.Kind.CLOUD : Icon.Kind.RACK, x, top + 12, "icon-" + this.facts.accent(side));
		int y = this.sketch.text(textX, top + 28, List.of(Typeface.fit(this.facts.cluster(side).name(), 16, true, room)),
				16, true, "start", "text", (int) room);
		List<String> kind = List.of(Typeface.fit(this.facts.subtitle(side), Sketch.SMALL, false, room),
				Typeface.fit(this.facts.kind(side), Sketch.SMALL, false, room));
		y = this.sketch.text(textX, y + 19, kind, Sketch.SMALL, false, "start", "muted", (int) room);
		Optional<String> role = this.facts.role(side);
		if (role.isPresent()) {
			this.sketch.pill(textX, y + 8, role.get(), "start", "role-badge", "role-badge-text");
			y += 8 + Sketch.PILL;
		}
		return y + 10;
	}

	private int operator(Side side, int y) {
		if (!this.facts.operatorHere(side)) {
			return y;
		}
		int x = MARGIN + PAD;
		this.sketch.icon(Icon.Kind.TERMINAL, x, y, "icon-terminal");
		List<String> words = this.facts.operatorHereWords();
		this.sketch.text(x + 44, y + 12, List.of(words.get(0)), Sketch.SMALL, true, "start", "text");
		this.sketch.text(x + 44, y + 29, words.subList(1, words.size()), Sketch.SMALL, false, "start", "muted");
		return y + 44;
	}

	private void services(Side side, int y, int height) {
		for (int column = 0; column < this.services.size(); column++) {
			ServiceBox.place(this.sketch, this.facts, side, this.services.get(column), columnX(column), y,
					columnWidth(), height);
		}
	}

	/** A NAT router (with a side) or the network (without) from y; returns the y below it. */
	private int band(Optional<Side> router, int top) {
		List<Placed> placed = new ArrayList<>();
		int n = this.services.size();
		Gap widest = gap(1);
		for (int k = 2; k < n; k++) {
			widest = (gap(k).width() > widest.width()) ? gap(k) : widest;
		}
		int start = top + 8;
		List<Runnable> drawing = new ArrayList<>();
		List<String> title = Typeface.wrap(router.isPresent() ? this.facts.routerTitle() : this.facts.networkName(),
				Sketch.SMALL, true, widest.width(), 3);
		int titleY = place(placed, widest, start, title.size() * 17);
		Gap titleGap = widest;
		drawing.add(() -> this.sketch.text(titleGap.left(), titleY + 13, title, Sketch.SMALL, true, "start", "text",
				titleGap.width()));
		List<String> details = new ArrayList<>();
		for (String detail : router.map(this.facts::routerDetails).orElseGet(this.facts::networkDetails)) {
			details.addAll(Typeface.wrap(detail, Sketch.SMALL, false, widest.width(), 3));
		}
		if (!details.isEmpty()) {
			int detailsY = place(placed, widest, start, details.size() * 17);
			drawing.add(() -> this.sketch.text(titleGap.left(), detailsY + 13, details, Sketch.SMALL, false, "start",
					"muted", titleGap.width()));
		}
		for (int column = 0; column < n; column++) {
			Service service = this.services.get(column);
			Gap right = gap(column + 1);
			Gap left = gap(column);
			int lane = laneX(column);
			if (router.isPresent()) {
				Optional<String> port = this.facts.forward(router.get(), service);
				if (port.isEmpty()) {
					continue;
				}
				// Never in the margin left of the first lane: the band's icon is there.
				boolean onRight = column == 0 || right.width() >= left.width();
				int width = Math.min(Sketch.pillWidth(port.get()), (onRight ? right : left).width());
				Gap gap = onRight ? right : left;
				// The pill touches its lane, so that it reads as the rule that lane goes through.
				int y = place(placed, new Gap(onRight ? lane + 3 : lane - 3 - width, onRight ? lane + 3 + width
						: lane - 3), start, Sketch.PILL);
				drawing.add(() -> this.sketch.pill(onRight ? lane + 3 : lane - 3, y, port.get(), onRight ? "start" : "end",
						"port", "port-text", width));
			}
			else {
				String words = this.facts.transport(service);
				boolean onRight = column == 0 || Typeface.width(words, Sketch.SMALL, false) <= right.width()
						|| right.width() >= left.width();
				Gap gap = onRight ? right : left;
				List<String> lines = Typeface.wrap(words, Sketch.SMALL, false, gap.width(), 3);
				int y = place(placed, gap, start, lines.size() * 17);
				drawing.add(() -> this.sketch.text(onRight ? lane + 6 : lane - 6, y + 13, lines, Sketch.SMALL, false,
						onRight ? "start" : "end", "lane-text", gap.width()));
			}
		}
		int bottom = Math.max(start + 34, placed.stream().mapToInt(Placed::bottom).max().orElse(start)) + 8;
		this.sketch.panel(MARGIN, top, WIDTH - 2 * MARGIN, bottom - top, 8,
				router.isPresent() ? "router" : "band band-" + this.facts.network().value());
		Icon.Kind kind = router.isPresent() ? Icon.Kind.ROUTER : switch (this.facts.network()) {
			case INTERNET -> Icon.Kind.GLOBE;
			case LAN -> Icon.Kind.SWITCH;
			case ROUTED -> Icon.Kind.ROUTER;
		};
		int iconX = this.facts.offloading().isPresent() ? MARGIN + 20 : MARGIN + 6;
		this.sketch.icon(kind, iconX, top + 6, router.isPresent() ? "icon-nat" : "icon-band");
		drawing.forEach(Runnable::run);
		return bottom;
	}

	/** The top of the first free room in a gap at or below {@code start}, and takes it. */
	private static int place(List<Placed> placed, Gap gap, int start, int height) {
		int y = start;
		for (Placed other : placed) {
			if (other.left() < gap.right() && gap.left() < other.right()) {
				y = Math.max(y, other.bottom() + 4);
			}
		}
		placed.add(new Placed(gap.left(), gap.right(), y + height));
		return y;
	}

}
