package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Problem;
import dev.liqowizard.plan.Service;

/**
 * The plan as plain text for terminals (PRODUCT.md section 8): scenario, table, numbered steps,
 * download URLs and the share URL. A view of the plan like the page and the JSON; nothing decided.
 */
final class PlanText {

	private final StringBuilder out = new StringBuilder();

	private PlanText() {
	}

	/**
	 * @param steps what to do, in order, as the page's checklist says it
	 * @param files each file's name on disk and its absolute download URL, in the page's order
	 */
	static String of(Plan plan, List<String> steps, Map<String, String> files, String shareUrl, String apiUrl) {
		return new PlanText().write(plan, steps, files, shareUrl, apiUrl);
	}

	/** The problems of refused answers, one per line, for a 400 to a terminal. */
	static String problems(List<Problem> problems) {
		PlanText text = new PlanText();
		text.line("These answers cannot be planned:");
		for (Problem problem : problems) {
			text.line("  " + problem.parameter() + ": " + problem.message());
		}
		return text.out.toString();
	}

	private String write(Plan plan, List<String> steps, Map<String, String> files, String shareUrl, String apiUrl) {
		line(plan.scenario().title());
		line("Liqo " + plan.release() + ", " + switch (plan.network()) {
			case INTERNET -> "over the Internet";
			case LAN -> "on one LAN";
			case ROUTED -> "over a routed private network";
		});
		line("");
		line(plan.scenario().summary());
		line("");
		table(plan);
		forwards(plan);
		heading("Steps");
		int number = 1;
		for (String step : steps) {
			line(String.format("%2d. %s", number++, step));
		}
		line("");
		heading("Files");
		int width = files.keySet().stream().mapToInt(String::length).max().orElse(0);
		files.forEach((name, url) -> line("  " + pad(name, width) + "  " + url));
		line("");
		line("Share this plan: " + shareUrl);
		line("As JSON:         " + apiUrl);
		return this.out.toString();
	}

	private void table(Plan plan) {
		heading("How to expose each Liqo service");
		List<String> header = new ArrayList<>(List.of(""));
		for (ClusterPlan cluster : plan.clusters()) {
			header.add(cluster.columnTitle() + ": " + cluster.name());
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		for (Service service : plan.services()) {
			List<String> row = new ArrayList<>(List.of(service.label()));
			for (ClusterPlan cluster : plan.clusters()) {
				row.add(cluster.exposure(service));
			}
			rows.add(row);
		}
		int[] widths = new int[header.size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		for (List<String> row : rows) {
			StringBuilder text = new StringBuilder(" ");
			for (int i = 0; i < row.size(); i++) {
				text.append(' ').append(pad(row.get(i), widths[i])).append(' ');
			}
			line(text.toString().stripTrailing());
		}
		line("");
	}

	private void forwards(Plan plan) {
		for (ClusterPlan cluster : plan.clusters()) {
			if (cluster.portForwards().isEmpty()) {
				continue;
			}
			heading("Port forwards on the NAT router in front of " + cluster.name()
					+ cluster.answers().address().map((address) -> " (" + address + ")").orElse(""));
			for (PortForward forward : cluster.portForwards()) {
				line("  " + forward.protocol() + " " + forward.externalPort() + " -> " + forward.target() + " ("
						+ forward.service().label() + ")");
			}
			line("");
		}
	}

	private void heading(String title) {
		line(title);
		line("-".repeat(title.length()));
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}

}
