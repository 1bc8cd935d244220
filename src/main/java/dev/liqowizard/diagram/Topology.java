package dev.liqowizard.diagram;

import java.util.List;

/**
 * A picture as data: a canvas size, a title and a description for screen readers, and shapes in
 * drawing order. Built from a plan by {@link TopologyBuilder}, written by {@link SvgWriter}.
 */
public record Topology(int width, int height, String title, String description, List<Shape> shapes) {

	public Topology {
		shapes = List.copyOf(shapes);
	}

	/** Something drawn. Every shape carries a style class; colours live in the writer. */
	public sealed interface Shape permits Box, Label, Line, Icon {

		String style();

	}

	/** A rounded rectangle. */
	public record Box(int x, int y, int width, int height, int radius, String style) implements Shape {
	}

	/** Lines of text; {@code anchor} is start, middle or end, as in SVG. */
	public record Label(int x, int y, List<String> lines, int size, boolean bold, String anchor, String style)
			implements Shape {

		public Label {
			lines = List.copyOf(lines);
		}

	}

	/** A straight line, with arrow heads at either end. */
	public record Line(int x1, int y1, int x2, int y2, boolean arrowStart, boolean arrowEnd, String style)
			implements Shape {
	}

	/** A small pictogram at a position: a cloud, a server rack, a globe, a switch, a router. */
	public record Icon(Kind kind, int x, int y, String style) implements Shape {

		public enum Kind {

			CLOUD, RACK, GLOBE, SWITCH, ROUTER

		}

	}

}
