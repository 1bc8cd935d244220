package dev.liqowizard.diagram;

import java.util.List;

/**
 * A picture as data: a title and a description for screen readers, and the same facts drawn
 * twice: landscape for wide columns, portrait for phones. Built from a plan by
 * {@link TopologyBuilder}, written by {@link SvgWriter}.
 */
public record Topology(String title, String description, Drawing landscape, Drawing portrait) {

	/** One arrangement of the picture: a canvas size and shapes in drawing order. */
	public record Drawing(int width, int height, List<Shape> shapes) {

		public Drawing {
			shapes = List.copyOf(shapes);
		}

	}

	/** Something drawn. Every shape carries a style class; colours live in the writer. */
	public sealed interface Shape permits Box, Label, Line, Icon {

		String style();

	}

	/** A rounded rectangle. */
	public record Box(int x, int y, int width, int height, int radius, String style) implements Shape {
	}

	/**
	 * Lines of text; {@code anchor} is start, middle or end, as in SVG. A line measured wider than
	 * {@code room} (when above 0) is drawn condensed to it, at the same font size.
	 */
	public record Label(int x, int y, List<String> lines, int size, boolean bold, String anchor, String style,
			int room) implements Shape {

		public Label {
			lines = List.copyOf(lines);
		}

		public Label(int x, int y, List<String> lines, int size, boolean bold, String anchor, String style) {
			this(x, y, lines, size, bold, anchor, style, 0);
		}

		/** The distance between the baselines of two lines. */
		public int lineHeight() {
			return this.size + 4;
		}

	}

	/**
	 * A connection drawn through {@code points} (x, y pairs), with an arrow head at the first point,
	 * the last, both or neither; {@code name} names a service's lane, empty for other lines.
	 */
	public record Line(List<Integer> points, boolean headAtStart, boolean headAtEnd, String style, String name)
			implements Shape {

		public Line {
			points = List.copyOf(points);
			if (points.size() < 4 || points.size() % 2 != 0) {
				throw new IllegalArgumentException("a line needs at least two points");
			}
		}

		public Line named(String lane) {
			return new Line(this.points, this.headAtStart, this.headAtEnd, this.style, lane);
		}

		public static Line straight(int x1, int y1, int x2, int y2, boolean headAtStart, boolean headAtEnd,
				String style) {
			return new Line(List.of(x1, y1, x2, y2), headAtStart, headAtEnd, style, "");
		}

	}

	/**
	 * A small pictogram at a position: a cloud, a server rack, a globe, a switch, a router, a
	 * terminal.
	 */
	public record Icon(Kind kind, int x, int y, String style) implements Shape {

		public enum Kind {

			CLOUD, RACK, GLOBE, SWITCH, ROUTER, TERMINAL

		}

	}

}
