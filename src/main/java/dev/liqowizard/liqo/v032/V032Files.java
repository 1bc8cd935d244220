package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ValuesFileWriter;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;

/** The files of a v0.3.2 plan, in the order the page and the bundle list them. */
final class V032Files {

	static final String YAML = "application/yaml";

	static final String SHELL = "text/x-shellscript; charset=utf-8";

	static final String MARKDOWN = "text/markdown; charset=utf-8";

	private V032Files() {
	}

	/** The URL names of the release's files, in the order the page and the bundle list them. */
	static final List<String> NAMES = List.of(FileNames.valuesUrl(Side.A), FileNames.valuesUrl(Side.B),
			FileNames.installUrl(Side.A), FileNames.installUrl(Side.B), FileNames.README);

	/** One file by its URL name, built alone: a download need not write the others. */
	static Optional<PlanFile> file(Plan plan, Provenance provenance, String urlName) {
		return Optional.ofNullable(switch (urlName) {
			case "values-a.yaml" -> values(plan, Side.A, provenance);
			case "values-b.yaml" -> values(plan, Side.B, provenance);
			case "install-a.sh" -> script(plan, Side.A, provenance);
			case "install-b.sh" -> script(plan, Side.B, provenance);
			case "README.md" -> PlanFile.text(urlName, "README.md", MARKDOWN,
					ReadmeWriter.write(plan, provenance, fileNames(plan)));
			default -> null;
		});
	}

	private static PlanFile values(Plan plan, Side side, Provenance provenance) {
		ClusterPlan cluster = plan.cluster(side);
		return PlanFile.text("values-" + side.id() + ".yaml", FileNames.values(cluster), YAML,
				ValuesFileWriter.write(ValuesHeader.lines(plan, side, provenance), cluster.values()));
	}

	private static PlanFile script(Plan plan, Side side, Provenance provenance) {
		return PlanFile.text("install-" + side.id() + ".sh", FileNames.install(plan.cluster(side)), SHELL,
				InstallScriptWriter.write(plan, side, provenance));
	}

	private static List<String> fileNames(Plan plan) {
		List<String> names = new ArrayList<>();
		for (Side side : Side.values()) {
			names.add(FileNames.values(plan.cluster(side)));
		}
		for (Side side : Side.values()) {
			names.add(FileNames.install(plan.cluster(side)));
		}
		names.add(FileNames.topology(plan));
		names.add(FileNames.README);
		return names;
	}

}
