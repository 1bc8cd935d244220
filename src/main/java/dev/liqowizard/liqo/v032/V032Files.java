package dev.liqowizard.liqo.v032;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.artifact.ValuesFileWriter;
import dev.liqowizard.diagram.SvgWriter;
import dev.liqowizard.diagram.TopologyBuilder;
import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Side;

/** The files of a v0.3.2 plan, in the order the page and the bundle list them. */
final class V032Files {

	static final String YAML = "application/yaml";

	static final String SHELL = "text/x-shellscript; charset=utf-8";

	static final String MARKDOWN = "text/markdown; charset=utf-8";

	static final String SVG = "image/svg+xml";

	private V032Files() {
	}

	static List<PlanFile> of(Plan plan, Provenance provenance) {
		List<PlanFile> files = new ArrayList<>();
		for (Side side : Side.values()) {
			ClusterPlan cluster = plan.cluster(side);
			files.add(PlanFile.text("values-" + side.id() + ".yaml", InstallScriptWriter.valuesFileName(cluster), YAML,
					ValuesFileWriter.write(ValuesHeader.lines(plan, side, provenance), cluster.values())));
		}
		for (Side side : Side.values()) {
			ClusterPlan cluster = plan.cluster(side);
			files.add(PlanFile.text("install-" + side.id() + ".sh", InstallScriptWriter.fileName(cluster), SHELL,
					InstallScriptWriter.write(plan, side, provenance)));
		}
		files.add(PlanFile.text("topology.svg", "topology.svg", SVG,
				SvgWriter.standalone(TopologyBuilder.build(plan), List.of(provenance.lines()))));
		List<String> names = new ArrayList<>(files.stream().map(PlanFile::fileName).toList());
		names.add("README.md");
		files.add(PlanFile.text("README.md", "README.md", MARKDOWN, ReadmeWriter.write(plan, provenance, names)));
		return files;
	}

}
