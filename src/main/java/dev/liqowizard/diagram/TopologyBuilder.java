package dev.liqowizard.diagram;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.diagram.Topology.Box;
import dev.liqowizard.diagram.Topology.Icon;
import dev.liqowizard.diagram.Topology.Label;
import dev.liqowizard.diagram.Topology.Line;
import dev.liqowizard.diagram.Topology.Shape;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.HostAddress;
import dev.liqowizard.plan.Link;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Protocol;
import dev.liqowizard.plan.Service;
import dev.liqowizard.plan.ServicePlan;

/**
 * Draws a plan: cluster A on top, cluster B at the bottom, what lies between them in the middle,
 * and one lane per service from A's box to B's. Portrait, so that it stays readable on a phone.
 * Every word comes from the plan, so the picture cannot disagree with the table.
 */
public final class TopologyBuilder {

	static final int WIDTH = 400;

	private static final int MARGIN = 12;

	private static final int GAP = 14;

	private static final int PANEL_HEIGHT = 172;

	private static final int SERVICE_HEIGHT = 96;

	private static final int ROUTER_HEIGHT = 70;

	private static final int BAND_HEIGHT = 96;

	/** About the characters of an 11 px sans-serif line that fit a service box. */
	private static final int CHARS_PER_LINE = 17;

	/** About the characters of the 16 px cluster name that fit the panel; the description has it whole. */
	private static final int NAME_CHARS = 30;

	private final Plan plan;

	/** Boxes behind the lanes. */
	private final List<Shape> back = new ArrayList<>();

	private final List<Shape> lanes = new ArrayList<>();

	/** Words, icons and tags in front of the lanes. */
	private final List<Shape> front = new ArrayList<>();

	private final int columns;

	private TopologyBuilder(Plan plan) {
		this.plan = plan;
		this.columns = plan.services().size();
	}

	public static Topology build(Plan plan) {
		return new TopologyBuilder(plan).build();
	}

	private Topology build() {
		ClusterPlan a = this.plan.clusters().get(0);
		ClusterPlan b = this.plan.clusters().get(1);
		int y = MARGIN;
		int aServicesBottom = panel(a, y, true);
		y += PANEL_HEIGHT + GAP;
		List<Integer> crossings = new ArrayList<>();
		if (!a.portForwards().isEmpty()) {
			router(a, y);
			crossings.add(y + ROUTER_HEIGHT / 2);
			y += ROUTER_HEIGHT + GAP;
		}
		int bandTop = y;
		band(y);
		y += BAND_HEIGHT + GAP;
		if (!b.portForwards().isEmpty()) {
			router(b, y);
			y += ROUTER_HEIGHT + GAP;
		}
		int bServicesTop = y + 10;
		panel(b, y, false);
		y += PANEL_HEIGHT + MARGIN;
		lanes(a, b, aServicesBottom, bServicesTop, bandTop);
		List<Shape> all = new ArrayList<>(this.back);
		all.addAll(this.lanes);
		all.addAll(this.front);
		return new Topology(WIDTH, y, title(), TopologyDescription.of(this.plan), all);
	}

	private String title() {
		ClusterPlan a = this.plan.clusters().get(0);
		ClusterPlan b = this.plan.clusters().get(1);
		return "Topology: " + a.name() + " and " + b.name() + ", " + this.plan.scenario().title();
	}

	private int columnX(int column) {
		int inner = WIDTH - 2 * MARGIN - 2 * 8;
		int width = (inner - (this.columns - 1) * 8) / this.columns;
		return MARGIN + 8 + column * (width + 8);
	}

	private int columnWidth() {
		int inner = WIDTH - 2 * MARGIN - 2 * 8;
		return (inner - (this.columns - 1) * 8) / this.columns;
	}

	private int columnCenter(int column) {
		return columnX(column) + columnWidth() / 2;
	}

	/** A cluster: header with icon, name and kind; a box per service. Returns the boxes' edge. */
	private int panel(ClusterPlan cluster, int top, boolean headerFirst) {
		String accent = (cluster.location() == Location.CLOUD) ? "cloud" : "onprem";
		this.back.add(new Box(MARGIN, top, WIDTH - 2 * MARGIN, PANEL_HEIGHT, 10, "panel panel-" + accent));
		int headerY = headerFirst ? top : top + SERVICE_HEIGHT + 18;
		int servicesY = headerFirst ? top + 62 : top + 10;
		this.front.add(new Icon((cluster.location() == Location.CLOUD) ? Icon.Kind.CLOUD : Icon.Kind.RACK,
				MARGIN + 12, headerY + 12, "icon-" + accent));
		this.front.add(new Label(MARGIN + 62, headerY + 28, List.of(shorten(cluster.name(), NAME_CHARS)), 16, true,
				"start", "text"));
		this.front.add(new Label(MARGIN + 62, headerY + 46, List.of(subtitle(cluster)), 12, false, "start", "muted"));
		int column = 0;
		for (ServicePlan service : cluster.services()) {
			int x = columnX(column++);
			this.back.add(new Box(x, servicesY, columnWidth(), SERVICE_HEIGHT, 6, "service"));
			this.front.add(new Label(x + columnWidth() / 2, servicesY + 18, List.of(service.service().label()), 11,
					true, "middle", "text"));
			this.front.add(new Label(x + columnWidth() / 2, servicesY + 38, wrap(service.cell()), 11, false, "middle",
					"text"));
			this.front.add(new Label(x + columnWidth() / 2, servicesY + SERVICE_HEIGHT - 10,
					List.of(endpoint(service)), 10, false, "middle", "muted"));
		}
		return servicesY + SERVICE_HEIGHT;
	}

	static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private static String subtitle(ClusterPlan cluster) {
		String kind = cluster.side().title() + " · " + cluster.label();
		return cluster.distribution().map(Distribution::label).map((label) -> kind + " · " + label).orElse(kind);
	}

	/** Where the service listens: a port and protocol, or the NodePort Kubernetes picks. */
	private static String endpoint(ServicePlan service) {
		String protocol = service.protocol().name();
		return service.port().map((port) -> "port " + port + ", " + protocol).orElse("NodePort, " + protocol);
	}

	private void router(ClusterPlan cluster, int top) {
		this.back.add(new Box(MARGIN + 20, top, WIDTH - 2 * MARGIN - 40, ROUTER_HEIGHT, 8, "router"));
		this.front.add(new Icon(Icon.Kind.ROUTER, MARGIN + 30, top + 8, "icon-nat"));
		String address = cluster.answers().address().map(HostAddress::value).orElse("public address not given");
		String title = "NAT router of " + shorten(cluster.name(), 20);
		String shownAddress = shorten(address, 36);
		// The words sit on a patch of the router's colour, so lanes pass behind them.
		int labelWidth = 8 + 7 * Math.max(title.length(), shownAddress.length());
		this.front.add(new Box(MARGIN + 64, top + 6, labelWidth, 34, 3, "router-label"));
		this.front.add(new Label(MARGIN + 68, top + 20, List.of(title), 12, true, "start", "text"));
		this.front.add(new Label(MARGIN + 68, top + 35, List.of(shownAddress), 11, false, "start", "muted"));
		for (PortForward forward : cluster.portForwards()) {
			int x = columnCenter(this.plan.services().indexOf(forward.service()));
			tag(x, top + ROUTER_HEIGHT - 22, forward.externalPort() + "/" + forward.protocol(), "port", "port-text");
		}
	}

	/** A word on a lane, on a small box that interrupts the lane so the word stays readable. */
	private void tag(int centerX, int top, String text, String boxStyle, String textStyle) {
		int width = 10 + 6 * text.length();
		this.front.add(new Box(centerX - width / 2, top, width, 16, 3, boxStyle));
		this.front.add(new Label(centerX, top + 12, List.of(text), 10, true, "middle", textStyle));
	}

	private void band(int top) {
		Network network = this.plan.network();
		this.back.add(new Box(MARGIN, top, WIDTH - 2 * MARGIN, BAND_HEIGHT, 14, "band band-" + network.value()));
		Icon.Kind kind = switch (network) {
			case INTERNET -> Icon.Kind.GLOBE;
			case LAN -> Icon.Kind.SWITCH;
			case ROUTED -> Icon.Kind.ROUTER;
		};
		List<String> name = switch (network) {
			case INTERNET -> List.of("Internet");
			case LAN -> List.of("LAN switch", "one L2 segment");
			case ROUTED -> List.of("Routed private", "network");
		};
		// Icon and name sit between the first two lanes, where nothing crosses them.
		int gapLeft = columnCenter(0) + 10;
		this.front.add(new Icon(kind, gapLeft, top + 12, "icon-band"));
		this.front.add(new Label(gapLeft + 34, top + 30, name, 12, true, "start", "text"));
		int column = 0;
		for (Service service : this.plan.services()) {
			tag(columnCenter(column++), top + BAND_HEIGHT - 26, service.transport(), "lane-tag", "lane-text");
		}
	}

	private void lanes(ClusterPlan a, ClusterPlan b, int from, int to, int bandTop) {
		int column = 0;
		for (Service service : this.plan.services()) {
			int x = columnCenter(column++);
			List<Link> links = this.plan.links(service);
			boolean intoA = links.stream().anyMatch((link) -> link.to() == a.side());
			boolean intoB = links.stream().anyMatch((link) -> link.to() == b.side());
			this.lanes.add(new Line(x, from + 2, x, to - 2, intoA, intoB,
					(service.protocol() == Protocol.UDP) ? "lane lane-tunnel" : "lane"));
			if (links.size() == 1) {
				// A one-way lane says who starts it; both-way lanes need no words.
				ClusterPlan dialer = this.plan.cluster(links.get(0).from());
				tag(x, bandTop + 20, "from " + shorten(dialer.name(), 12), "lane-tag", "lane-text");
			}
		}
	}

	/** Breaks a cell into lines of the box's width, after spaces and slashes. */
	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("(?<=[ /])")) {
			if (line.length() > 0 && line.length() + word.stripTrailing().length() > CHARS_PER_LINE) {
				lines.add(line.toString().strip());
				line.setLength(0);
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString().strip());
		}
		return lines;
	}

}
