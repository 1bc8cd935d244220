package dev.liqowizard.liqo.v120;

import java.util.List;
import java.util.Optional;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ValuesFileWriter;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;

/** The files of a v1.2.0 plan, in the order the page and the bundle list them. */
final class V120Files {

	static final String YAML = "application/yaml";

	static final String SHELL = "text/x-shellscript; charset=utf-8";

	static final String MARKDOWN = "text/markdown; charset=utf-8";

	static final List<String> NAMES = List.of(FileNames.valuesUrl(Side.A), FileNames.valuesUrl(Side.B),
			FileNames.installUrl(Side.A), FileNames.installUrl(Side.B), FileNames.PEER_SCRIPT, FileNames.README);

	private V120Files() {
	}

	/** One file by its URL name, built alone: a download need not write the others. */
	static Optional<PlanFile> file(Plan plan, Provenance provenance, String urlName) {
		return Optional.ofNullable(switch (urlName) {
			case "values-a.yaml" -> values(plan, Side.A, provenance);
			case "values-b.yaml" -> values(plan, Side.B, provenance);
			case "install-a.sh" -> install(plan, Side.A, provenance);
			case "install-b.sh" -> install(plan, Side.B, provenance);
			case FileNames.PEER_SCRIPT -> PlanFile.text(FileNames.PEER_SCRIPT, FileNames.PEER_SCRIPT, SHELL,
					PeerScriptWriter.write(plan, provenance));
			case FileNames.README -> PlanFile.text(FileNames.README, FileNames.README, MARKDOWN,
					ReadmeWriter.write(plan, provenance));
			default -> null;
		});
	}

	private static PlanFile values(Plan plan, Side side, Provenance provenance) {
		ClusterPlan cluster = plan.cluster(side);
		return PlanFile.text(FileNames.valuesUrl(side), FileNames.values(cluster), YAML,
				ValuesFileWriter.write(ValuesHeader.lines(plan, side, provenance), cluster.values()));
	}

	private static PlanFile install(Plan plan, Side side, Provenance provenance) {
		return PlanFile.text(FileNames.installUrl(side), FileNames.install(plan.cluster(side)), SHELL,
				InstallScriptWriter.write(plan, side, provenance));
	}

}
