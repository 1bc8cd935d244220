package dev.liqowizard.web;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.download.PlanDownloads;
import dev.liqowizard.liqo.LiqoReleases;
import dev.liqowizard.plan.Plan;

/** The generated files of a plan, with the provenance of this deployment. */
@Component
class PlanFiles {

	private final LiqoReleases releases;

	private final PlanDownloads downloads;

	private final Links links;

	private final String version;

	PlanFiles(QueryPlanner planner, Links links, @Value("${wizard.version}") String version) {
		this.releases = planner.releases();
		this.downloads = new PlanDownloads(this.releases);
		this.links = links;
		this.version = version;
	}

	Optional<PlanFile> find(Plan plan, String urlName) {
		return this.downloads.file(plan, provenance(plan), urlName);
	}

	/** Why the plan's release offers no file of this name, in plain words, when it says. */
	Optional<String> whyNoFile(Plan plan, String urlName) {
		return this.releases.get(plan.release()).whyNoFile(urlName);
	}

	/** The URL names of the plan's files, in the order the page lists them. */
	List<String> names(Plan plan) {
		return this.downloads.names(plan);
	}

	/** Some files of a plan, by URL name, in that order; names the release lacks are left out. */
	List<PlanFile> find(Plan plan, List<String> urlNames) {
		Provenance provenance = provenance(plan);
		return urlNames.stream().flatMap((name) -> this.downloads.file(plan, provenance, name).stream()).toList();
	}

	/** The zip of every file, under a folder named after the clusters. */
	PlanFile bundle(Plan plan) {
		return this.downloads.bundle(plan, provenance(plan));
	}

	private Provenance provenance(Plan plan) {
		return new Provenance(this.version, plan.release(), this.links.absolute(this.links.plan(plan.answers())),
				this.links.absolute(this.links.wizard(WizardStep.DETAILS.path(), plan.answers().toParameters())));
	}

}
