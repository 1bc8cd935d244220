package dev.liqowizard.diagram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.liqowizard.diagram.Topology.Box;
import dev.liqowizard.diagram.Topology.Drawing;
import dev.liqowizard.diagram.Topology.Label;
import dev.liqowizard.diagram.Topology.Line;
import dev.liqowizard.diagram.Topology.Shape;
import dev.liqowizard.liqo.v032.V032Release;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.plan.Side;
import dev.liqowizard.plan.Via;
import dev.liqowizard.support.PlanCases;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyTests {

	/** Every v0.3.2 case the release accepts and every hand-built v1.2.0 shape. */
	static Map<String, Plan> everyPlan() {
		Map<String, Plan> plans = new LinkedHashMap<>();
		PlanCases.all(new V032Release()).forEach((name, query) -> plans.put(name, TestQueries.plan(query)));
		plans.putAll(V1Plans.all());
		return plans;
	}

	/** The standalone file and both inline drawings, each parsed, by a name for messages. */
	static Map<String, Document> documents(Plan plan) throws Exception {
		Topology topology = TopologyBuilder.build(plan);
		Map<String, Document> documents = new LinkedHashMap<>();
		documents.put("standalone", parse(SvgWriter.standalone(topology, List.of("test"))));
		String inline = SvgWriter.inline(topology);
		int second = inline.indexOf("<svg", 1);
		documents.put("landscape", parse(inline.substring(0, second)));
		documents.put("portrait", parse(inline.substring(second)));
		return documents;
	}

	@Test
	void everyPlanDrawsValidSvgWithBothNamesAndEveryExposureOfTheTable() throws Exception {
		for (Map.Entry<String, Plan> entry : everyPlan().entrySet()) {
			Plan plan = entry.getValue();
			for (Map.Entry<String, Document> drawing : documents(plan).entrySet()) {
				String what = entry.getKey() + " (" + drawing.getKey() + ")";
				Document document = drawing.getValue();
				Element root = document.getDocumentElement();
				assertThat(root.getTagName()).isEqualTo("svg");
				assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
				assertThat(root.getAttribute("role")).isEqualTo("img");
				String title = text(document, "title").get(0);
				String description = text(document, "desc").get(0);
				List<String> labels = text(document, "text");
				for (ClusterPlan cluster : plan.clusters()) {
					assertThat(title).as(what).contains(cluster.name());
					assertThat(description).as(what).contains(cluster.name());
					assertThat(labels).as(what).contains(cluster.name());
					for (ServicePlan service : cluster.services()) {
						assertThat(labels.stream().map((label) -> label.replace(" ", "")))
							.as(what + " " + cluster.name() + " " + service.service())
							.contains(service.cell().replace(" ", ""));
						assertThat(description).contains(service.service().label() + ": " + service.cell());
					}
				}
				assertThat(labels.stream().map((label) -> label.replace(" ", ""))).as(what)
					.contains(TopologyFacts.LEGEND.replace(" ", ""));
				assertThat(description).as(what)
					.contains("Arrows point from the cluster that connects to the one that listens.");
			}
		}
	}

	@Test
	void arrowHeadsSitOnlyAtTheClustersThatListen() throws Exception {
		for (Map.Entry<String, Plan> entry : everyPlan().entrySet()) {
			Plan plan = entry.getValue();
			for (Map.Entry<String, Document> drawing : documents(plan).entrySet()) {
				for (Service service : plan.services()) {
					String what = entry.getKey() + " (" + drawing.getKey() + ") " + service;
					Element lane = lane(drawing.getValue(), service);
					List<Link> links = plan.links(service);
					boolean intoA = links.stream().anyMatch((link) -> link.to() == Side.A);
					boolean intoB = links.stream().anyMatch((link) -> link.to() == Side.B);
					// Lanes are drawn from cluster A to cluster B: the start is A's end.
					assertThat(lane.hasAttribute("marker-start")).as(what).isEqualTo(intoA);
					assertThat(lane.hasAttribute("marker-end")).as(what).isEqualTo(intoB);
					if (links.size() == 1) {
						assertThat(intoA).as(what).isNotEqualTo(intoB);
					}
				}
			}
		}
	}

	@Test
	void eachForwardTagSitsBesideTheLaneThatCrossesTheRouter() throws Exception {
		int checked = 0;
		for (Map.Entry<String, Plan> entry : everyPlan().entrySet()) {
			Plan plan = entry.getValue();
			Topology topology = TopologyBuilder.build(plan);
			for (ClusterPlan cluster : plan.clusters()) {
				for (PortForward forward : cluster.portForwards()) {
					String tag = TopologyFacts.forwardTag(forward);
					for (Drawing drawing : List.of(topology.landscape(), topology.portrait())) {
						boolean landscape = drawing == topology.landscape();
						List<Label> tags = drawing.shapes()
							.stream()
							.filter(Label.class::isInstance)
							.map(Label.class::cast)
							.filter((label) -> label.lines().equals(List.of(tag)))
							.toList();
						assertThat(tags).as(entry.getKey() + " " + tag).hasSize(1);
						Label label = tags.get(0);
						int[] box = bounds(label);
						List<Line> lanes = lanes(drawing);
						Line nearest = lanes.get(0);
						for (Line lane : lanes) {
							nearest = (distance(box, lane, landscape) < distance(box, nearest, landscape)) ? lane : nearest;
						}
						assertThat(lanes.indexOf(nearest)).as(entry.getKey() + " " + tag)
							.isEqualTo(plan.services().indexOf(forward.service()));
						checked++;
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(20);
	}

	@Test
	void noWordsOrTagsLieOnALaneAndNothingLeavesTheCanvas() {
		for (Map.Entry<String, Plan> entry : everyPlan().entrySet()) {
			Topology topology = TopologyBuilder.build(entry.getValue());
			for (Drawing drawing : List.of(topology.landscape(), topology.portrait())) {
				List<Line> lines = drawing.shapes()
					.stream()
					.filter(Line.class::isInstance)
					.map(Line.class::cast)
					.toList();
				List<int[]> front = new ArrayList<>();
				boolean inFront = false;
				for (Shape shape : drawing.shapes()) {
					inFront |= shape instanceof Line;
					if (shape instanceof Label label) {
						front.add(bounds(label));
					}
					else if (inFront && shape instanceof Box box && !(shape.style().startsWith("service"))) {
						front.add(new int[] { box.x(), box.y(), box.x() + box.width(), box.y() + box.height() });
					}
				}
				for (int[] box : front) {
					String what = entry.getKey() + " " + drawing.width() + " " + java.util.Arrays.toString(box);
					assertThat(box[0]).as(what).isGreaterThanOrEqualTo(0);
					assertThat(box[2]).as(what).isLessThanOrEqualTo(drawing.width());
					assertThat(box[3]).as(what).isLessThanOrEqualTo(drawing.height());
					for (Line line : lines) {
						assertThat(crosses(line, box)).as(what + " on " + line).isFalse();
					}
				}
			}
		}
	}

	@Test
	void theV1DiagramShowsOffloadingGatewayEndsTheApiPathAndWherePeerRuns() throws Exception {
		Map<String, Plan> plans = V1Plans.all();
		for (Map.Entry<String, Plan> entry : plans.entrySet()) {
			Plan plan = entry.getValue();
			for (Map.Entry<String, Document> drawing : documents(plan).entrySet()) {
				String what = entry.getKey() + " (" + drawing.getKey() + ")";
				List<String> labels = text(drawing.getValue(), "text");
				for (ClusterPlan cluster : plan.clusters()) {
					assertThat(labels).as(what).contains(cluster.role().label());
				}
				Link tunnel = plan.links(Service.NETWORK_GATEWAY).get(0);
				assertThat(labels).as(what).containsOnlyOnce("WireGuard server", "WireGuard client");
				boolean inBand = plan.links(Service.KUBERNETES_API_SERVER)
					.stream()
					.anyMatch((link) -> link.via() == Via.IN_BAND);
				assertThat(labels.stream().anyMatch((label) -> label.contains("through the tunnel"))).as(what)
					.isEqualTo(inBand || plan.clusters().stream().anyMatch((cluster) -> cluster
						.exposure(Service.KUBERNETES_API_SERVER).contains("through the tunnel")));
				assertThat(labels.stream().filter((label) -> label.startsWith("Run liqoctl peer")).count()).as(what)
					.isEqualTo(1);
				assertThat(text(drawing.getValue(), "desc").get(0)).as(what)
					.contains("The gateway server runs on " + plan.cluster(tunnel.to()).name())
					.contains(plan.cluster(tunnel.from()).name() + " runs the gateway client");
			}
		}
	}

	@Test
	void theOffloadingArrowPointsAtTheProvider() throws Exception {
		Document oneWay = documents(V1Plans.natProviderCloudConsumer()).get("standalone");
		assertThat(text(oneWay, "text")).contains("azure offloads pods onto edge");
		Element arrow = elements(oneWay, "polyline").get(0);
		assertThat(arrow.getAttribute("class")).isEqualTo("offload");
		// The arrow is drawn from A's panel to B's: edge (A) is the provider, so the head is at the start.
		assertThat(arrow.hasAttribute("marker-start")).isTrue();
		assertThat(arrow.hasAttribute("marker-end")).isFalse();
		Document both = documents(V1Plans.cloudBothDirections()).get("portrait");
		assertThat(text(both, "text")).anyMatch((label) -> label.contains("offload pods onto each other"));
		assertThat(text(both, "text")).anyMatch((label) -> label.contains("reaches both API servers"));
	}

	@Test
	void theV1NatProviderDrawsTheApiInBandAndTheRunMarkerInsideTheNatSite() throws Exception {
		Plan plan = V1Plans.natProviderCloudConsumer();
		Topology topology = TopologyBuilder.build(plan);
		Label marker = topology.landscape()
			.shapes()
			.stream()
			.filter(Label.class::isInstance)
			.map(Label.class::cast)
			.filter((label) -> label.lines().get(0).startsWith("Run liqoctl peer here"))
			.findFirst()
			.orElseThrow();
		assertThat(marker.x()).as("inside edge's panel, on the left").isLessThan(LandscapeLayout.WIDTH / 2);
		Element api = lane(documents(plan).get("landscape"), Service.KUBERNETES_API_SERVER);
		assertThat(api.getAttribute("class")).isEqualTo("lane lane-inband");
		assertThat(text(documents(plan).get("landscape"), "desc").get(0))
			.contains("azure reaches the Kubernetes API server of edge in-band, through the WireGuard tunnel");
	}

	@Test
	void drawsTheNatRouterWithItsForwardsAndTheTunnelFromTheNatSide() throws Exception {
		Plan plan = TestQueries.plan("liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat&a.address=203.0.113.10"
				+ "&a.natAuthPort=30443&b.name=azure&b.location=cloud");
		for (Document document : documents(plan).values()) {
			List<String> labels = text(document, "text");
			assertThat(labels).contains("NAT router", "203.0.113.10", "30443/TCP", "6443/TCP", "5871/UDP", "Internet");
			assertThat(lane(document, Service.AUTH_SERVER).hasAttribute("marker-start")).isTrue();
			assertThat(lane(document, Service.AUTH_SERVER).hasAttribute("marker-end")).isTrue();
			Element tunnel = lane(document, Service.NETWORK_GATEWAY);
			assertThat(tunnel.hasAttribute("marker-start")).isFalse();
			assertThat(tunnel.hasAttribute("marker-end")).isTrue();
			assertThat(tunnel.getAttribute("class")).contains("tunnel");
			assertThat(text(document, "desc").get(0)).contains("behind a NAT router at 203.0.113.10")
				.contains("30443/TCP to the liqo-auth NodePort")
				.contains("edge dials the Network gateway of azure.");
		}
	}

	@Test
	void drawsACloudForManagedClustersARackForOnPremAndTheNetworkBetween() throws Exception {
		Plan lan = TestQueries.plan("liqo=v0.3.2&network=lan&a.location=onprem&b.location=onprem-nat");
		for (Document document : documents(lan).values()) {
			assertThat(String.join(" ", text(document, "text"))).contains("LAN switch", "one L2 segment")
				.doesNotContain("NAT router");
		}
		Topology routed = TopologyBuilder.build(TestQueries.plan("liqo=v0.3.2&network=routed&a.location=cloud&b.location=onprem"));
		assertThat(routed.landscape().shapes()).filteredOn(Topology.Icon.class::isInstance)
			.extracting((shape) -> ((Topology.Icon) shape).kind())
			.containsExactly(Topology.Icon.Kind.CLOUD, Topology.Icon.Kind.RACK, Topology.Icon.Kind.ROUTER);
	}

	@Test
	void everyTextIsAtLeastTwelvePixelsWhereItsDrawingIsShown() {
		for (Plan plan : everyPlan().values()) {
			Topology topology = TopologyBuilder.build(plan);
			// Portrait: from the 288 px column of a 320 px phone; landscape: from the width where CSS shows it.
			assertThat(smallest(topology.portrait()) * 288.0 / topology.portrait().width()).isGreaterThanOrEqualTo(12);
			assertThat(smallest(topology.landscape()) * (double) DiagramStylesTests.landscapeFrom()
					/ topology.landscape().width()).isGreaterThanOrEqualTo(12);
		}
	}

	@Test
	void escapesEveryText() throws Exception {
		Drawing drawing = new Drawing(10, 10,
				List.of(new Topology.Label(1, 1, List.of("x</text><script>"), 10, false, "start", "text")));
		Topology topology = new Topology("a <b> & \"c\"", "--> <script>alert(1)</script>", drawing, drawing);
		String svg = SvgWriter.standalone(topology, List.of("Plan: https://x/?a=1&b=2 -- <!--"));
		assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
		Document document = parse(svg);
		assertThat(text(document, "title")).containsExactly("a <b> & \"c\"");
		assertThat(text(document, "text")).containsExactly("x</text><script>");
		assertThat(SvgWriter.inline(topology)).doesNotContain("<script").doesNotContain("<b>");
	}

	@Test
	void isTheSameBytesEveryTime() {
		Plan plan = TestQueries.plan("liqo=v0.3.2&network=internet&a.location=onprem-nat&b.location=cloud");
		assertThat(SvgWriter.standalone(TopologyBuilder.build(plan), List.of("p")))
			.isEqualTo(SvgWriter.standalone(TopologyBuilder.build(plan), List.of("p")));
	}

	@Test
	void inlineCopyHasBothDrawingsWithTheirOwnIdsNoDeclarationNoStyleAndNoFixedSize() throws Exception {
		Plan plan = TestQueries.plan("liqo=v0.3.2&network=internet&a.location=onprem&b.location=cloud");
		String inline = SvgWriter.inline(TopologyBuilder.build(plan));
		assertThat(inline).startsWith("<svg ").doesNotContain("<style").doesNotContain("<?xml");
		Map<String, Document> documents = documents(plan);
		List<String> ids = new ArrayList<>();
		for (String name : List.of("landscape", "portrait")) {
			Element root = documents.get(name).getDocumentElement();
			assertThat(root.hasAttribute("width")).isFalse();
			assertThat(root.getAttribute("class")).isEqualTo("topology topology-" + name);
			assertThat(root.getAttribute("aria-labelledby")).isEqualTo("topology-" + name + "-title topology-" + name
					+ "-desc");
			NodeList all = documents.get(name).getElementsByTagName("*");
			for (int i = 0; i < all.getLength(); i++) {
				String id = ((Element) all.item(i)).getAttribute("id");
				if (!id.isEmpty()) {
					ids.add(id);
				}
			}
		}
		assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(10);
		assertThat(inline).contains("url(#topology-portrait-arrow)").contains("url(#topology-landscape-arrow)");
		String standalone = SvgWriter.standalone(TopologyBuilder.build(plan), List.of());
		assertThat(standalone).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("@media (prefers-color-scheme: dark)")
			.contains("viewBox=\"0 0 " + LandscapeLayout.WIDTH + " ");
	}

	@Test
	void wrapsWordsToTheWidthAtSpacesSlashesAndHyphensAndCutsWhatCannotWrap() {
		assertThat(Typeface.wrap("NodePort with port-forwarding", 13, false, 120, 3)).containsExactly("NodePort with",
				"port-forwarding");
		assertThat(Typeface.wrap("LoadBalancer/ingress", 13, false, 90, 3)).containsExactly("LoadBalancer/",
				"ingress");
		assertThat(Typeface.wrap("Provided", 13, false, 90, 3)).containsExactly("Provided");
		assertThat(Typeface.fit("a-very-long-cluster-name-indeed", 16, true, 100)).endsWith("…")
			.satisfies((text) -> assertThat(Typeface.width(text, 16, true)).isLessThanOrEqualTo(100 * Typeface.SQUEEZE));
	}

	private static int smallest(Drawing drawing) {
		return drawing.shapes()
			.stream()
			.filter(Label.class::isInstance)
			.mapToInt((shape) -> ((Label) shape).size())
			.min()
			.orElseThrow();
	}

	/** How far a box is from a lane, across the lane: lanes are horizontal in landscape, vertical in portrait. */
	private static int distance(int[] box, Line lane, boolean landscape) {
		int position = landscape ? lane.points().get(1) : lane.points().get(0);
		int low = landscape ? box[1] : box[0];
		int high = landscape ? box[3] : box[2];
		return (position < low) ? low - position : (position > high) ? position - high : 0;
	}

	/** The lanes of the services, in table order (the drawing also has the legend's sample arrow). */
	private static List<Line> lanes(Drawing drawing) {
		return drawing.shapes()
			.stream()
			.filter(Line.class::isInstance)
			.map(Line.class::cast)
			.filter((line) -> !line.name().isEmpty())
			.toList();
	}

	/** The estimated box of a label: its widest line from its anchor, from the ascent of its first line. */
	static int[] bounds(Label label) {
		double width = label.lines()
			.stream()
			.mapToDouble((line) -> Typeface.width(line, label.size(), label.bold()))
			.map((natural) -> (label.room() > 0) ? Math.min(natural, label.room()) : natural)
			.max()
			.orElse(0);
		int left = switch (label.anchor()) {
			case "middle" -> (int) (label.x() - width / 2);
			case "end" -> (int) (label.x() - width);
			default -> label.x();
		};
		int top = label.y() - (int) (label.size() * 0.8);
		int bottom = label.y() + (label.lines().size() - 1) * label.lineHeight() + label.size() / 4;
		return new int[] { left, top, left + (int) Math.ceil(width), bottom };
	}

	/** Whether any segment of the line passes through the box (lines here are horizontal or vertical). */
	static boolean crosses(Line line, int[] box) {
		List<Integer> p = line.points();
		for (int i = 0; i + 3 < p.size(); i += 2) {
			int x1 = Math.min(p.get(i), p.get(i + 2)) - 1;
			int x2 = Math.max(p.get(i), p.get(i + 2)) + 1;
			int y1 = Math.min(p.get(i + 1), p.get(i + 3)) - 1;
			int y2 = Math.max(p.get(i + 1), p.get(i + 3)) + 1;
			if (x1 < box[2] && box[0] < x2 && y1 < box[3] && box[1] < y2) {
				return true;
			}
		}
		return false;
	}

	static Element lane(Document document, Service service) {
		String prefix = document.getDocumentElement().getAttribute("aria-labelledby").split("-title")[0];
		String id = prefix + "-lane-" + TopologyFacts.laneName(service);
		for (String name : List.of("line", "polyline")) {
			for (Element element : elements(document, name)) {
				if (element.getAttribute("id").equals(id)) {
					return element;
				}
			}
		}
		throw new AssertionError("no lane for " + service);
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	/** The text of each element of a name; tspans of one text joined by a space. */
	static List<String> text(Document document, String name) {
		List<String> texts = new ArrayList<>();
		for (Element element : elements(document, name)) {
			NodeList spans = element.getElementsByTagName("tspan");
			if (spans.getLength() == 0) {
				texts.add(element.getTextContent());
			}
			else {
				List<String> parts = new ArrayList<>();
				for (int i = 0; i < spans.getLength(); i++) {
					parts.add(spans.item(i).getTextContent());
				}
				texts.add(String.join(" ", parts));
			}
		}
		return texts;
	}

	static List<Element> elements(Document document, String name) {
		NodeList nodes = document.getElementsByTagName(name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

}
