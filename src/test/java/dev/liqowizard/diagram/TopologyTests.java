package dev.liqowizard.diagram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.liqowizard.liqo.v032.V032Release;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.ServicePlan;
import dev.liqowizard.support.PlanCases;
import dev.liqowizard.support.TestQueries;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyTests {

	@Test
	void everyPlanDrawsValidSvgWithBothNamesAndEveryExposureOfTheTable() throws Exception {
		for (var entry : PlanCases.all(new V032Release()).entrySet()) {
			Plan plan = TestQueries.plan(entry.getValue());
			String svg = SvgWriter.standalone(TopologyBuilder.build(plan), List.of("test"));
			Document document = parse(svg);
			Element root = document.getDocumentElement();
			assertThat(root.getTagName()).isEqualTo("svg");
			assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
			assertThat(root.getAttribute("role")).isEqualTo("img");
			String title = text(document, "title").get(0);
			String description = text(document, "desc").get(0);
			List<String> labels = text(document, "text");
			for (ClusterPlan cluster : plan.clusters()) {
				assertThat(title).as(entry.getKey()).contains(cluster.name());
				assertThat(description).contains(cluster.name());
				assertThat(labels).contains(cluster.name());
				for (ServicePlan service : cluster.services()) {
					assertThat(labels.stream().map((label) -> label.replace(" ", "")))
						.as(entry.getKey() + " " + cluster.name() + " " + service.service())
						.contains(service.cell().replace(" ", ""));
					assertThat(description).contains(service.service().label() + ": " + service.cell());
				}
			}
			assertThat(svg).doesNotContain("href=\"http").doesNotContain("xlink:href").doesNotContain("<image");
		}
	}

	@Test
	void drawsTheNatRouterWithItsForwardsAndTheTunnelFromTheNatSide() throws Exception {
		Plan plan = TestQueries.plan("liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat&a.address=203.0.113.10"
				+ "&a.natAuthPort=30443&b.name=azure&b.location=cloud");
		Document document = parse(SvgWriter.standalone(TopologyBuilder.build(plan), List.of()));
		List<String> labels = text(document, "text");
		assertThat(labels).contains("NAT router of edge", "203.0.113.10", "30443/TCP", "6443/TCP", "5871/UDP",
				"from edge", "Internet");
		List<Element> lanes = elements(document, "line");
		assertThat(lanes).hasSize(3);
		assertThat(lanes.get(0).hasAttribute("marker-start")).isTrue();
		assertThat(lanes.get(0).hasAttribute("marker-end")).isTrue();
		assertThat(lanes.get(2).hasAttribute("marker-start")).isFalse();
		assertThat(lanes.get(2).getAttribute("class")).contains("tunnel");
		assertThat(text(document, "desc").get(0)).contains("behind a NAT router at 203.0.113.10")
			.contains("30443/TCP to the liqo-auth NodePort")
			.contains("The WireGuard tunnel is started by edge.");
	}

	@Test
	void drawsACloudForManagedClustersARackForOnPremAndTheNetworkBetween() throws Exception {
		Plan lan = TestQueries.plan("network=lan&a.location=onprem&b.location=onprem-nat");
		String svg = SvgWriter.standalone(TopologyBuilder.build(lan), List.of());
		assertThat(text(parse(svg), "text")).contains("LAN switch one L2 segment").doesNotContain("NAT router of cluster-b");
		Topology routed = TopologyBuilder.build(TestQueries.plan("network=routed&a.location=cloud&b.location=onprem"));
		assertThat(routed.shapes()).filteredOn(Topology.Icon.class::isInstance)
			.extracting((shape) -> ((Topology.Icon) shape).kind())
			.containsExactly(Topology.Icon.Kind.CLOUD, Topology.Icon.Kind.ROUTER, Topology.Icon.Kind.RACK);
	}

	@Test
	void escapesEveryText() throws Exception {
		Topology topology = new Topology(10, 10, "a <b> & \"c\"", "--> <script>alert(1)</script>",
				List.of(new Topology.Label(1, 1, List.of("x</text><script>"), 10, false, "start", "text")));
		String svg = SvgWriter.standalone(topology, List.of("Plan: https://x/?a=1&b=2 -- <!--"));
		assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
		Document document = parse(svg);
		assertThat(text(document, "title")).containsExactly("a <b> & \"c\"");
		assertThat(text(document, "text")).containsExactly("x</text><script>");
	}

	@Test
	void isTheSameBytesEveryTime() {
		Plan plan = TestQueries.plan("network=internet&a.location=onprem-nat&b.location=cloud");
		assertThat(SvgWriter.standalone(TopologyBuilder.build(plan), List.of("p")))
			.isEqualTo(SvgWriter.standalone(TopologyBuilder.build(plan), List.of("p")));
	}

	@Test
	void inlineCopyHasNoDeclarationNoStyleElementAndNoFixedSize() throws Exception {
		Plan plan = TestQueries.plan("network=internet&a.location=onprem&b.location=cloud");
		String inline = SvgWriter.inline(TopologyBuilder.build(plan));
		assertThat(inline).startsWith("<svg ").doesNotContain("<style").doesNotContain("<?xml");
		assertThat(parse(inline).getDocumentElement().hasAttribute("width")).isFalse();
		String standalone = SvgWriter.standalone(TopologyBuilder.build(plan), List.of());
		assertThat(standalone).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("@media (prefers-color-scheme: dark)");
	}

	@Test
	void wrapsCellsAtSpacesAndSlashes() {
		assertThat(TopologyBuilder.wrap("NodePort with port-forwarding")).containsExactly("NodePort with",
				"port-forwarding");
		assertThat(TopologyBuilder.wrap("LoadBalancer/ingress")).containsExactly("LoadBalancer/", "ingress");
		assertThat(TopologyBuilder.wrap("Provided")).containsExactly("Provided");
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
