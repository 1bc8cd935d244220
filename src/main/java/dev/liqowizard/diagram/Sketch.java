package dev.liqowizard.diagram;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.diagram.Topology.Box;
import dev.liqowizard.diagram.Topology.Drawing;
import dev.liqowizard.diagram.Topology.Icon;
import dev.liqowizard.diagram.Topology.Label;
import dev.liqowizard.diagram.Topology.Line;
import dev.liqowizard.diagram.Topology.Shape;

/**
 * Shapes collected in three layers while a layout places them: areas at the back, lanes over
 * them, and words, icons and tags in front. Words never sit on a lane: layouts put them beside.
 */
final class Sketch {

	/** The smallest font, in canvas units; each layout's canvas keeps it at 12 px or more on screen. */
	static final int SMALL = 13;

	/** Cluster panels, routers and the network: under everything else, whenever they are added. */
	private final List<Shape> areas = new ArrayList<>();

	private final List<Shape> back = new ArrayList<>();

	private final List<Shape> lanes = new ArrayList<>();

	private final List<Shape> front = new ArrayList<>();

	void area(int x, int y, int width, int height, int radius, String style) {
		this.back.add(new Box(x, y, width, height, radius, style));
	}

	/** A large area that other shapes sit on, like a cluster's panel. */
	void panel(int x, int y, int width, int height, int radius, String style) {
		this.areas.add(new Box(x, y, width, height, radius, style));
	}

	void lane(Line line) {
		this.lanes.add(line);
	}

	void icon(Icon.Kind kind, int x, int y, String style) {
		this.front.add(new Icon(kind, x, y, style));
	}

	/** Text lines from a first baseline; returns the baseline of the last line. */
	int text(int x, int y, List<String> lines, int size, boolean bold, String anchor, String style) {
		return text(x, y, lines, size, bold, anchor, style, 0);
	}

	/** Text lines condensed where wider than the room; returns the baseline of the last line. */
	int text(int x, int y, List<String> lines, int size, boolean bold, String anchor, String style, int room) {
		if (lines.isEmpty()) {
			return y;
		}
		Label label = new Label(x, y, lines, size, bold, anchor, style, room);
		this.front.add(label);
		return y + (lines.size() - 1) * label.lineHeight();
	}

	/** A word on a rounded patch, like a role badge or a forwarded port; returns its width. */
	int pill(int x, int top, String text, String anchor, String boxStyle, String textStyle) {
		return pill(x, top, text, anchor, boxStyle, textStyle, Integer.MAX_VALUE);
	}

	/** A pill no wider than {@code max}, its word condensed to fit; returns its width. */
	int pill(int x, int top, String text, String anchor, String boxStyle, String textStyle, int max) {
		int width = Math.min(max, pillWidth(text));
		int left = switch (anchor) {
			case "middle" -> x - width / 2;
			case "end" -> x - width;
			default -> x;
		};
		this.front.add(new Box(left, top, width, PILL, PILL / 2, boxStyle));
		this.front.add(new Label(left + width / 2, top + 16, List.of(text), SMALL, true, "middle", textStyle, width - 8));
		return width;
	}

	static final int PILL = 22;

	static int pillWidth(String text) {
		return (int) Math.ceil(Typeface.width(text, SMALL, true)) + 14;
	}

	/**
	 * The key under a drawing from its first baseline: a sample of each kind of line the drawing
	 * uses and its words, flowed into rows of {@code width}; returns the last baseline.
	 */
	int legend(int x, int y, int width, List<String[]> entries) {
		int left = x;
		int line = y;
		for (String[] entry : entries) {
			List<String> words = Typeface.wrap(entry[1], SMALL, false, width - 40, 3);
			double wide = 40 + words.stream().mapToDouble((w) -> Typeface.width(w, SMALL, false)).max().orElse(0);
			if (left > x && left + wide > x + width) {
				left = x;
				line += 24;
			}
			lane(Line.straight(left, line - 5, left + 30, line - 5, false, true, entry[0]));
			int last = text(left + 40, line, words, SMALL, false, "start", "muted");
			if (words.size() > 1) {
				line = last + 24;
				left = x;
			}
			else {
				left += (int) Math.ceil(wide) + 28;
			}
		}
		return (left == x) ? line - 24 : line;
	}

	Drawing drawing(int width, int height) {
		List<Shape> all = new ArrayList<>(this.areas);
		all.addAll(this.back);
		all.addAll(this.lanes);
		all.addAll(this.front);
		return new Drawing(width, height, all);
	}

}
