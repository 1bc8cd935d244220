package dev.liqowizard.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.artifact.Bundle;
import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.diagram.SvgWriter;
import dev.liqowizard.diagram.TopologyBuilder;
import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.liqo.LiqoReleases;
import dev.liqowizard.plan.Plan;

/**
 * Every file a plan offers, assembled once for every release: the release's own files (values,
 * scripts, README), then the diagram, which is the same for all releases; and the bundle of all.
 */
public final class PlanDownloads {

	public static final String SVG = "image/svg+xml";

	private final LiqoReleases releases;

	public PlanDownloads(LiqoReleases releases) {
		this.releases = releases;
	}

	/** The URL names of a plan's files, in the order the page and the bundle list them. */
	public List<String> names(Plan plan) {
		List<String> names = new ArrayList<>(release(plan).fileNames());
		names.add(names.indexOf(FileNames.README), FileNames.TOPOLOGY);
		return names;
	}

	/** Every file of a plan, in {@link #names} order. */
	public List<PlanFile> all(Plan plan, Provenance provenance) {
		return names(plan).stream().map((name) -> file(plan, provenance, name).orElseThrow()).toList();
	}

	/** One file by its URL name, built alone: a download need not write the others. */
	public Optional<PlanFile> file(Plan plan, Provenance provenance, String urlName) {
		if (urlName.equals(FileNames.TOPOLOGY)) {
			return Optional.of(PlanFile.text(FileNames.TOPOLOGY, FileNames.topology(plan), SVG,
					SvgWriter.standalone(TopologyBuilder.build(plan), List.of(provenance.lines()))));
		}
		return release(plan).file(plan, provenance, urlName);
	}

	/** The zip of every file, under a folder named after the clusters. */
	public PlanFile bundle(Plan plan, Provenance provenance) {
		String folder = FileNames.bundleFolder(plan);
		return new PlanFile(FileNames.BUNDLE, folder + ".zip", "application/zip",
				Bundle.zip(folder, all(plan, provenance)));
	}

	private LiqoRelease release(Plan plan) {
		return this.releases.get(plan.release());
	}

}
