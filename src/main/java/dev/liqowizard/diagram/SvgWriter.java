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
		style("service", "fill", "#ffffff", "stroke", "#afb8c1");
		style("text", "fill", "#1f2328");
		style("muted", "fill", "#59636e");
		style("router", "fill", "#fff8c5", "stroke", "#9a6700", "stroke-width", "1.5");
		style("router-label", "fill", "#fff8c5");
		style("port", "fill", "#9a6700");
		style("port-text", "fill", "#ffffff");
		style("band", "fill", "#eef1f4", "stroke", "#afb8c1");
		style("band-internet");
		style("band-lan");
		style("band-routed", "stroke-dasharray", "6 4");
		style("lane", "stroke", "#24292f", "stroke-width", "2", "fill", "none");
		style("lane-tunnel", "stroke", "#8250df", "stroke-dasharray", "7 4");
		style("lane-text", "fill", "#57606a");
		style("lane-tag", "fill", "#eef1f4", "stroke", "#afb8c1");
		style("arrow", "fill", "#24292f");
		style("arrow-tunnel", "fill", "#8250df");
		style("icon-cloud", "stroke", "#0969da", "fill", "none", "stroke-width", "2");
		style("icon-onprem", "stroke", "#1a7f37", "fill", "none", "stroke-width", "2");
		style("icon-nat", "stroke", "#9a6700", "fill", "none", "stroke-width", "2");
		style("icon-band", "stroke", "#57606a", "fill", "none", "stroke-width", "2");
		dark("panel", "fill:#161b22;stroke:#8b949e");
		dark("panel-cloud", "stroke:#58a6ff");
		dark("panel-onprem", "stroke:#3fb950");
		dark("service", "fill:#0d1117;stroke:#484f58");
		dark("text", "fill:#e6edf3");
		dark("muted", "fill:#9198a1");
		dark("router", "fill:#272115;stroke:#d29922");
		dark("router-label", "fill:#272115");
		dark("port", "fill:#d29922");
		dark("port-text", "fill:#0d1117");
		dark("band", "fill:#21262d;stroke:#484f58");
		dark("lane", "stroke:#c9d1d9");
		dark("lane-tunnel", "stroke:#bc8cff");
		dark("lane-text", "fill:#9198a1");
		dark("lane-tag", "fill:#21262d;stroke:#484f58");
		dark("arrow", "fill:#c9d1d9");
		dark("arrow-tunnel", "fill:#bc8cff");
		dark("icon-cloud", "stroke:#58a6ff");
		dark("icon-onprem", "stroke:#3fb950");
		dark("icon-nat", "stroke:#d29922");
		dark("icon-band", "stroke:#9198a1");
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
	 * viewers that prefer them.
	 */
	public static String standalone(Topology topology, List<String> provenance) {
		return write(topology, true, provenance);
	}

	/** For inlining into an HTML page, whose stylesheet carries the dark colours. */
	public static String inline(Topology topology) {
		return write(topology, false, List.of());
	}

	private static String write(Topology topology, boolean standalone, List<String> provenance) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			if (standalone) {
				xml.writeStartDocument("UTF-8", "1.0");
				xml.writeCharacters("\n");
			}
			xml.writeStartElement("svg");
			xml.writeDefaultNamespace(SVG);
			xml.writeAttribute("viewBox", "0 0 " + topology.width() + " " + topology.height());
			if (standalone) {
				xml.writeAttribute("width", String.valueOf(topology.width()));
				xml.writeAttribute("height", String.valueOf(topology.height()));
			}
			xml.writeAttribute("class", "topology");
			xml.writeAttribute("role", "img");
			xml.writeAttribute("aria-labelledby", "topology-title topology-desc");
			xml.writeAttribute("font-family", FONTS);
			newline(xml);
			element(xml, "title", "topology-title", topology.title());
			element(xml, "desc", "topology-desc", topology.description());
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
			markers(xml);
			for (Shape shape : topology.shapes()) {
				shape(xml, shape);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write the diagram", ex);
		}
		return out.toString() + "\n";
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

	private static void markers(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement("defs");
		for (String name : List.of("arrow", "arrow-tunnel")) {
			xml.writeStartElement("marker");
			xml.writeAttribute("id", "topology-" + name);
			xml.writeAttribute("viewBox", "0 0 10 10");
			xml.writeAttribute("refX", "9");
			xml.writeAttribute("refY", "5");
			xml.writeAttribute("markerWidth", "7");
			xml.writeAttribute("markerHeight", "7");
			xml.writeAttribute("orient", "auto-start-reverse");
			xml.writeEmptyElement("path");
			xml.writeAttribute("d", "M0,0 L10,5 L0,10 z");
			styled(xml, name);
			xml.writeEndElement();
		}
		xml.writeEndElement();
		newline(xml);
	}

	private static void shape(XMLStreamWriter xml, Shape shape) throws XMLStreamException {
		if (shape instanceof Box box) {
			xml.writeEmptyElement("rect");
			attributes(xml, "x", box.x(), "y", box.y(), "width", box.width(), "height", box.height(), "rx",
					box.radius());
			styled(xml, box.style());
		}
		else if (shape instanceof Line line) {
			xml.writeEmptyElement("line");
			attributes(xml, "x1", line.x1(), "y1", line.y1(), "x2", line.x2(), "y2", line.y2());
			String marker = "url(#topology-" + (line.style().contains("tunnel") ? "arrow-tunnel" : "arrow") + ")";
			if (line.arrowStart()) {
				xml.writeAttribute("marker-start", marker);
			}
			if (line.arrowEnd()) {
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
			xml.writeCharacters(label.lines().get(0));
		}
		else {
			for (int i = 0; i < label.lines().size(); i++) {
				xml.writeStartElement("tspan");
				xml.writeAttribute("x", String.valueOf(label.x()));
				if (i > 0) {
					xml.writeAttribute("dy", String.valueOf(label.size() + 3));
				}
				xml.writeCharacters(label.lines().get(i));
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
	}

	private static void icon(XMLStreamWriter xml, Icon icon) throws XMLStreamException {
		int x = icon.x();
		int y = icon.y();
		xml.writeStartElement("g");
		styled(xml, icon.style());
		xml.writeAttribute("aria-hidden", "true");
		switch (icon.kind()) {
			case CLOUD -> path(xml, "M" + (x + 10) + "," + (y + 30) + " h22 a8,8 0 0 0 1,-16 a11,11 0 0 0 -21,-3"
					+ " a8,8 0 0 0 -2,19 z");
			case RACK -> {
				rect(xml, x + 6, y, 26, 32);
				for (int row = 1; row < 4; row++) {
					path(xml, "M" + (x + 6) + "," + (y + row * 8) + " h26");
				}
			}
			case GLOBE -> {
				circle(xml, x + 14, y + 14, 12);
				path(xml, "M" + (x + 2) + "," + (y + 14) + " h24 M" + (x + 14) + "," + (y + 2) + " a6,12 0 0 0 0,24"
						+ " a6,12 0 0 0 0,-24");
			}
			case SWITCH -> {
				rect(xml, x, y + 7, 30, 14);
				for (int port = 0; port < 4; port++) {
					rect(xml, x + 4 + port * 6, y + 12, 3, 4);
				}
			}
			case ROUTER -> {
				circle(xml, x + 14, y + 14, 12);
				path(xml, "M" + (x + 8) + "," + (y + 14) + " h12 M" + (x + 14) + "," + (y + 8) + " v12");
			}
		}
		xml.writeEndElement();
	}

	private static void path(XMLStreamWriter xml, String d) throws XMLStreamException {
		xml.writeEmptyElement("path");
		xml.writeAttribute("d", d);
	}

	private static void rect(XMLStreamWriter xml, int x, int y, int width, int height) throws XMLStreamException {
		xml.writeEmptyElement("rect");
		attributes(xml, "x", x, "y", y, "width", width, "height", height);
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
