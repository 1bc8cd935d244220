package dev.liqowizard.diagram;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.liqowizard.diagram.Topology.Box;
import dev.liqowizard.diagram.Topology.Drawing;
import dev.liqowizard.diagram.Topology.Icon;
import dev.liqowizard.diagram.Topology.Label;
import dev.liqowizard.diagram.Topology.Line;
import dev.liqowizard.diagram.Topology.Shape;

/**
 * Writes a {@link Topology} as SVG through an XML writer, which escapes every text and attribute.
 * Light colours are presentation attributes; dark colours are CSS rules: inside the file for a
 * download, in the page's stylesheet for the inline copy (the page's CSP forbids inline styles).
 */
public final class SvgWriter {

	private static final String SVG = "http://www.w3.org/2000/svg";

	/** Factories are safe to share once configured; looking one up costs more than writing a diagram. */
	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private static final String FONTS = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

	/** Light colours, per style class; later classes of a shape override earlier ones. */
	static final Map<String, Map<String, String>> LIGHT = new LinkedHashMap<>();

	/** Dark colours, per style class, as CSS declarations. */
	static final Map<String, String> DARK = new LinkedHashMap<>();

	static {
		style("panel", "fill", "#f6f8fa", "stroke", "#8c959f", "stroke-width", "1.5");
		style("panel-cloud", "stroke", "#0969da");
		style("panel-onprem", "stroke", "#1a7f37");
		style("service", "fill", "#ffffff", "stroke", "#d0d7de");
		style("text", "fill", "#1f2328");
		style("muted", "fill", "#59636e");
		style("router", "fill", "#fff8e6", "stroke", "#bf8700", "stroke-width", "1.5");
		style("port", "fill", "#9a6700");
		style("port-text", "fill", "#ffffff");
		style("band", "fill", "#eef1f4", "stroke", "#afb8c1");
		style("band-internet");
		style("band-lan");
		style("band-routed", "stroke-dasharray", "6 4");
		style("role-badge", "fill", "#ddf4ff", "stroke", "#54aeff");
		style("role-badge-text", "fill", "#0550ae");
		style("lane", "stroke", "#24292f", "stroke-width", "2", "fill", "none");
		style("lane-tunnel", "stroke", "#8250df", "stroke-width", "3", "stroke-dasharray", "8 4");
		style("lane-inband", "stroke", "#8250df", "stroke-dasharray", "2 4", "stroke-linecap", "round");
		style("lane-text", "fill", "#59636e");
		style("gateway-end", "fill", "#8250df");
		style("offload", "stroke", "#0969da", "stroke-width", "3", "fill", "none", "stroke-linejoin", "round");
		style("arrow", "fill", "#24292f");
		style("arrow-tunnel", "fill", "#8250df");
		style("arrow-offload", "fill", "#0969da");
		style("icon-cloud", "stroke", "#0969da", "fill", "none", "stroke-width", "2");
		style("icon-onprem", "stroke", "#1a7f37", "fill", "none", "stroke-width", "2");
		style("icon-nat", "stroke", "#9a6700", "fill", "none", "stroke-width", "2");
		style("icon-band", "stroke", "#59636e", "fill", "none", "stroke-width", "2");
		style("icon-terminal", "stroke", "#1f2328", "fill", "none", "stroke-width", "2");
		dark("panel", "fill:#161b22;stroke:#8b949e");
		dark("panel-cloud", "stroke:#58a6ff");
		dark("panel-onprem", "stroke:#3fb950");
		dark("service", "fill:#0d1117;stroke:#3d444d");
		dark("text", "fill:#e6edf3");
		dark("muted", "fill:#9198a1");
		dark("router", "fill:#231c0c;stroke:#d29922");
		dark("port", "fill:#d29922");
		dark("port-text", "fill:#0d1117");
		dark("band", "fill:#21262d;stroke:#484f58");
		dark("role-badge", "fill:#0c2d6b;stroke:#1f6feb");
		dark("role-badge-text", "fill:#a5d6ff");
		dark("lane", "stroke:#c9d1d9");
		dark("lane-tunnel", "stroke:#bc8cff");
		dark("lane-inband", "stroke:#bc8cff");
		dark("lane-text", "fill:#9198a1");
		dark("gateway-end", "fill:#bc8cff");
		dark("offload", "stroke:#58a6ff");
		dark("arrow", "fill:#c9d1d9");
		dark("arrow-tunnel", "fill:#bc8cff");
		dark("arrow-offload", "fill:#58a6ff");
		dark("icon-cloud", "stroke:#58a6ff");
		dark("icon-onprem", "stroke:#3fb950");
		dark("icon-nat", "stroke:#d29922");
		dark("icon-band", "stroke:#9198a1");
		dark("icon-terminal", "stroke:#e6edf3");
	}

	private SvgWriter() {
	}

	private static void style(String name, String... attributes) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < attributes.length; i += 2) {
			map.put(attributes[i], attributes[i + 1]);
		}
		LIGHT.put(name, map);
	}

	private static void dark(String name, String declarations) {
		DARK.put(name, declarations);
	}

	/** The dark rules, each selector prefixed, for a stylesheet or the file's own style element. */
	public static String darkRules(String prefix) {
		return DARK.entrySet()
			.stream()
			.map((rule) -> prefix + "." + rule.getKey() + "{" + rule.getValue() + "}")
			.collect(Collectors.joining("\n"));
	}

	/**
	 * A file of its own: XML declaration, size, provenance in metadata, and dark colours for
	 * viewers that prefer them. A file is looked at on a wide screen, so it is the landscape drawing.
	 */
	public static String standalone(Topology topology, List<String> provenance) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			write(xml, topology, topology.landscape(), "topology", "topology", provenance, true);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write the diagram", ex);
		}
		return out + "\n";
	}

	/**
	 * For inlining into an HTML page, whose stylesheet carries the dark colours: both drawings, each
	 * with its own ids; the stylesheet shows the one that suits the width of the column.
	 */
	public static String inline(Topology topology) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			write(xml, topology, topology.landscape(), "topology-landscape", "topology topology-landscape", List.of(),
					false);
			newline(xml);
			write(xml, topology, topology.portrait(), "topology-portrait", "topology topology-portrait", List.of(),
					false);
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write the diagram", ex);
		}
		return out + "\n";
	}

	private static void write(XMLStreamWriter xml, Topology topology, Drawing drawing, String id, String classes,
			List<String> provenance, boolean standalone) throws XMLStreamException {
		xml.writeStartElement("svg");
		xml.writeDefaultNamespace(SVG);
		xml.writeAttribute("viewBox", "0 0 " + drawing.width() + " " + drawing.height());
		if (standalone) {
			xml.writeAttribute("width", String.valueOf(drawing.width()));
			xml.writeAttribute("height", String.valueOf(drawing.height()));
		}
		xml.writeAttribute("class", classes);
		xml.writeAttribute("role", "img");
		xml.writeAttribute("aria-labelledby", id + "-title " + id + "-desc");
		xml.writeAttribute("font-family", FONTS);
		newline(xml);
		element(xml, "title", id + "-title", topology.title());
		element(xml, "desc", id + "-desc", topology.description());
		if (standalone) {
			xml.writeStartElement("metadata");
			xml.writeCharacters(String.join(" ", provenance));
			xml.writeEndElement();
			newline(xml);
			xml.writeStartElement("style");
			xml.writeCharacters("@media (prefers-color-scheme: dark) {\n" + darkRules("") + "\n}");
			xml.writeEndElement();
			newline(xml);
		}
		markers(xml, id);
		for (Shape shape : drawing.shapes()) {
			shape(xml, shape, id);
		}
		xml.writeEndElement();
	}

	private static void newline(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeCharacters("\n");
	}

	private static void element(XMLStreamWriter xml, String name, String id, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeAttribute("id", id);
		xml.writeCharacters(text);
		xml.writeEndElement();
		newline(xml);
	}

	/** Arrow heads, one per colour of line; the tip sits exactly on the end of the line. */
	private static void markers(XMLStreamWriter xml, String id) throws XMLStreamException {
		xml.writeStartElement("defs");
		for (String name : List.of("arrow", "arrow-tunnel", "arrow-offload")) {
			xml.writeStartElement("marker");
			xml.writeAttribute("id", id + "-" + name);
			xml.writeAttribute("viewBox", "0 0 10 10");
			xml.writeAttribute("refX", "10");
			xml.writeAttribute("refY", "5");
			xml.writeAttribute("markerWidth", "10");
			xml.writeAttribute("markerHeight", "10");
			xml.writeAttribute("markerUnits", "userSpaceOnUse");
			xml.writeAttribute("orient", "auto-start-reverse");
			xml.writeEmptyElement("path");
			xml.writeAttribute("d", "M0,0 L10,5 L0,10 z");
			styled(xml, name);
			xml.writeEndElement();
		}
		xml.writeEndElement();
		newline(xml);
	}

	private static String marker(String style) {
		if (style.contains("offload")) {
			return "arrow-offload";
		}
		return (style.contains("tunnel") || style.contains("inband")) ? "arrow-tunnel" : "arrow";
	}

	private static void shape(XMLStreamWriter xml, Shape shape, String id) throws XMLStreamException {
		if (shape instanceof Box box) {
			xml.writeEmptyElement("rect");
			attributes(xml, "x", box.x(), "y", box.y(), "width", box.width(), "height", box.height(), "rx",
					box.radius());
			styled(xml, box.style());
		}
		else if (shape instanceof Line line) {
			List<Integer> p = line.points();
			if (p.size() == 4) {
				xml.writeEmptyElement("line");
				attributes(xml, "x1", p.get(0), "y1", p.get(1), "x2", p.get(2), "y2", p.get(3));
			}
			else {
				xml.writeEmptyElement("polyline");
				StringBuilder points = new StringBuilder();
				for (int i = 0; i < p.size(); i += 2) {
					points.append((i == 0) ? "" : " ").append(p.get(i)).append(',').append(p.get(i + 1));
				}
				xml.writeAttribute("points", points.toString());
			}
			if (!line.name().isEmpty()) {
				xml.writeAttribute("id", id + "-lane-" + line.name());
			}
			String marker = "url(#" + id + "-" + marker(line.style()) + ")";
			if (line.headAtStart()) {
				xml.writeAttribute("marker-start", marker);
			}
			if (line.headAtEnd()) {
				xml.writeAttribute("marker-end", marker);
			}
			styled(xml, line.style());
		}
		else if (shape instanceof Label label) {
			label(xml, label);
		}
		else if (shape instanceof Icon icon) {
			icon(xml, icon);
		}
		newline(xml);
	}

	private static void label(XMLStreamWriter xml, Label label) throws XMLStreamException {
		xml.writeStartElement("text");
		attributes(xml, "x", label.x(), "y", label.y());
		xml.writeAttribute("font-size", String.valueOf(label.size()));
		if (label.bold()) {
			xml.writeAttribute("font-weight", "bold");
		}
		if (!label.anchor().equals("start")) {
			xml.writeAttribute("text-anchor", label.anchor());
		}
		styled(xml, label.style());
		if (label.lines().size() == 1) {
			condensed(xml, label, label.lines().get(0));
			xml.writeCharacters(label.lines().get(0));
		}
		else {
			for (int i = 0; i < label.lines().size(); i++) {
				xml.writeStartElement("tspan");
				xml.writeAttribute("x", String.valueOf(label.x()));
				if (i > 0) {
					xml.writeAttribute("dy", String.valueOf(label.lineHeight()));
				}
				condensed(xml, label, label.lines().get(i));
				xml.writeCharacters(label.lines().get(i));
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
	}

	/** Condenses a line measured wider than its label's room to that room, keeping the font size. */
	private static void condensed(XMLStreamWriter xml, Label label, String line) throws XMLStreamException {
		if (label.room() > 0 && Typeface.width(line, label.size(), label.bold()) > label.room()) {
			xml.writeAttribute("textLength", String.valueOf(label.room()));
			xml.writeAttribute("lengthAdjust", "spacingAndGlyphs");
		}
	}

	/** Pictograms in a 32 x 32 square from (x, y), drawn with the icon style's stroke. */
	private static void icon(XMLStreamWriter xml, Icon icon) throws XMLStreamException {
		int x = icon.x();
		int y = icon.y();
		xml.writeStartElement("g");
		styled(xml, icon.style());
		xml.writeAttribute("aria-hidden", "true");
		switch (icon.kind()) {
			case CLOUD -> path(xml, "M" + (x + 9) + "," + (y + 26) + " h15 a7,7 0 0 0 1,-14 a9,9 0 0 0 -17,-2"
					+ " a6,6 0 0 0 1,16 z");
			case RACK -> {
				rect(xml, x + 4, y + 2, 24, 28, 3);
				for (int row = 0; row < 3; row++) {
					path(xml, "M" + (x + 8) + "," + (y + 9 + row * 8) + " h10");
					circle(xml, x + 23, y + 9 + row * 8, 1);
				}
			}
			case GLOBE -> {
				circle(xml, x + 16, y + 16, 13);
				path(xml, "M" + (x + 3) + "," + (y + 16) + " h26 M" + (x + 5) + "," + (y + 9) + " h22 M" + (x + 5) + ","
						+ (y + 23) + " h22 M" + (x + 16) + "," + (y + 3) + " a7,13 0 0 0 0,26 a7,13 0 0 0 0,-26");
			}
			case SWITCH -> {
				rect(xml, x + 1, y + 9, 30, 14, 3);
				for (int port = 0; port < 4; port++) {
					rect(xml, x + 5 + port * 6, y + 14, 3, 4, 0);
				}
			}
			case ROUTER -> {
				// A box with two antennas and lights: a router at a glance, not a plus sign.
				rect(xml, x + 2, y + 16, 28, 12, 3);
				path(xml, "M" + (x + 8) + "," + (y + 16) + " L" + (x + 5) + "," + (y + 4) + " M" + (x + 24) + ","
						+ (y + 16) + " L" + (x + 27) + "," + (y + 4));
				for (int light = 0; light < 3; light++) {
					circle(xml, x + 9 + light * 5, y + 22, 1);
				}
				path(xml, "M" + (x + 22) + "," + (y + 22) + " h4");
			}
			case TERMINAL -> {
				rect(xml, x + 2, y + 5, 28, 22, 3);
				path(xml, "M" + (x + 8) + "," + (y + 12) + " l5,4 l-5,4 M" + (x + 16) + "," + (y + 21) + " h7");
			}
		}
		xml.writeEndElement();
	}

	private static void path(XMLStreamWriter xml, String d) throws XMLStreamException {
		xml.writeEmptyElement("path");
		xml.writeAttribute("d", d);
	}

	private static void rect(XMLStreamWriter xml, int x, int y, int width, int height, int radius)
			throws XMLStreamException {
		xml.writeEmptyElement("rect");
		attributes(xml, "x", x, "y", y, "width", width, "height", height);
		if (radius > 0) {
			xml.writeAttribute("rx", String.valueOf(radius));
		}
	}

	private static void circle(XMLStreamWriter xml, int cx, int cy, int r) throws XMLStreamException {
		xml.writeEmptyElement("circle");
		attributes(xml, "cx", cx, "cy", cy, "r", r);
	}

	private static void attributes(XMLStreamWriter xml, Object... pairs) throws XMLStreamException {
		for (int i = 0; i < pairs.length; i += 2) {
			xml.writeAttribute((String) pairs[i], String.valueOf(pairs[i + 1]));
		}
	}

	/** The class attribute and the light colours of each class, later ones winning. */
	private static void styled(XMLStreamWriter xml, String style) throws XMLStreamException {
		xml.writeAttribute("class", style);
		Map<String, String> attributes = new LinkedHashMap<>();
		for (String name : style.split(" ")) {
			Map<String, String> light = LIGHT.get(name);
			if (light == null) {
				throw new IllegalArgumentException("no colours for style " + name);
			}
			attributes.putAll(light);
		}
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			xml.writeAttribute(attribute.getKey(), attribute.getValue());
		}
	}

}
