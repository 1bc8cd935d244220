package dev.liqowizard.web;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.liqowizard.artifact.Bundle;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.plan.Plan;

/** The generated files of a plan, with the provenance of this deployment. */
@Component
class PlanFiles {

	private final QueryPlanner planner;

	private final Links links;

	private final String version;

	PlanFiles(QueryPlanner planner, Links links, @Value("${wizard.version}") String version) {
		this.planner = planner;
		this.links = links;
		this.version = version;
	}

	List<PlanFile> of(Plan plan) {
		return release(plan).files(plan, provenance(plan));
	}

	Optional<PlanFile> find(Plan plan, String urlName) {
		return release(plan).file(plan, provenance(plan), urlName);
	}

	/** Some files of a plan, by URL name, in that order; names the release lacks are left out. */
	List<PlanFile> find(Plan plan, List<String> urlNames) {
		LiqoRelease release = release(plan);
		Provenance provenance = provenance(plan);
		return urlNames.stream().flatMap((name) -> release.file(plan, provenance, name).stream()).toList();
	}

	private LiqoRelease release(Plan plan) {
		return this.planner.releases().get(plan.release());
	}

	private Provenance provenance(Plan plan) {
		return new Provenance(this.version, plan.release(), this.links.absolute(this.links.plan(plan.answers())),
				this.links.absolute(this.links.wizard(WizardStep.DETAILS.path(), plan.answers().toParameters())));
	}

	/** The zip of every file, under a folder named after the clusters. */
	PlanFile bundle(Plan plan) {
		String folder = "liqo-" + plan.clusters().get(0).name() + "-" + plan.clusters().get(1).name();
		return new PlanFile("bundle.zip", folder + ".zip", "application/zip", Bundle.zip(folder, of(plan)));
	}

}
