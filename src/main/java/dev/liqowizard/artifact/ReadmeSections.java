package dev.liqowizard.artifact;

import java.util.List;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.MissingValue;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.PortForward;
import dev.liqowizard.plan.Service;

/**
 * The bundle's {@code README.md} as Markdown lines, with the sections that every release writes
 * alike from the plan: the title block, the exposure table, what the wizard did not know, a
 * router's forward table and the notes. Each release's writer puts them in its own order among the
 * sections whose words are its own, so that the shared ones read the same in every bundle.
 */
public final class ReadmeSections {

	private final Plan plan;

	private final Provenance provenance;

	private final StringBuilder out = new StringBuilder();

	public ReadmeSections(Plan plan, Provenance provenance) {
		this.plan = plan;
		this.provenance = provenance;
	}

	/** The title with the release and both clusters, the scenario, then the provenance. */
	public void title(String release) {
		line("# Liqo " + release + ": " + this.plan.clusters().get(0).name() + " and "
				+ this.plan.clusters().get(1).name());
		line("");
		line("**" + this.plan.scenario().title() + ".** " + this.plan.scenario().summary());
		line("");
		for (String provenanceLine : this.provenance.lines()) {
			// Two trailing spaces: a Markdown line break, one line each.
			line(provenanceLine + "  ");
		}
		line("");
	}

	/**
	 * The table of how each cluster exposes each service, a column per cluster; with
	 * {@code roles}, a first row gives each cluster's role in the peering.
	 */
	public void exposureTable(String heading, boolean roles) {
		line(heading);
		line("");
		StringBuilder header = new StringBuilder("| |");
		StringBuilder rule = new StringBuilder("| --- |");
		for (ClusterPlan cluster : this.plan.clusters()) {
			header.append(' ').append(cluster.columnTitle()).append(" |");
			rule.append(" --- |");
		}
		line(header.toString());
		line(rule.toString());
		if (roles) {
			StringBuilder row = new StringBuilder("| **Role** |");
			for (ClusterPlan cluster : this.plan.clusters()) {
				row.append(' ').append(cluster.role().label()).append(" |");
			}
			line(row.toString());
		}
		for (Service service : this.plan.services()) {
			StringBuilder row = new StringBuilder("| **" + service.label() + "** |");
			for (ClusterPlan cluster : this.plan.clusters()) {
				row.append(' ').append(cluster.exposure(service)).append(" |");
			}
			line(row.toString());
		}
		line("");
	}

	/** A list item for each value of the cluster that the wizard did not know, and where to add it. */
	public void missingValues(ClusterPlan cluster) {
		for (MissingValue missing : cluster.missing()) {
			line("- **Missing:** " + missing.what() + ". How to find it: " + missing.howToFind()
					+ ". Add it in the wizard and download again: " + this.provenance.detailsUrl());
		}
	}

	/** The forwards to set on the NAT router in front of the cluster, as a table. */
	public void forwardTable(ClusterPlan cluster) {
		line("| External port | Protocol | Target |");
		line("| --- | --- | --- |");
		for (PortForward forward : cluster.portForwards()) {
			line("| " + forward.externalPort() + " | " + forward.protocol() + " | " + forward.target() + " ("
					+ forward.service().label() + ") |");
		}
		line("");
	}

	/** The notes on the pair, then on each cluster, then what the release cannot do here. */
	public void notes(String limitationsHeading) {
		line("## Notes");
		line("");
		list(null, this.plan.notes());
		for (ClusterPlan cluster : this.plan.clusters()) {
			list("### " + cluster.columnTitle() + ": " + cluster.name(), cluster.notes());
		}
		list(limitationsHeading, this.plan.limitations());
	}

	/** A list under its heading (none when null); nothing at all when there are no items. */
	private void list(String heading, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		if (heading != null) {
			line(heading);
			line("");
		}
		for (String item : items) {
			line("- " + item);
		}
		line("");
	}

	public void line(String text) {
		this.out.append(text).append('\n');
	}

	/** The README so far. */
	public String text() {
		return this.out.toString();
	}

}
