package dev.liqowizard.artifact;

import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import dev.liqowizard.plan.HelmValues;

/** Writes Helm values with SnakeYAML: a comment block on top, then the values as block YAML. */
public final class ValuesFileWriter {

	private ValuesFileWriter() {
	}

	public static String write(List<String> header, HelmValues values) {
		StringBuilder out = new StringBuilder();
		for (String line : header) {
			for (String part : line.split("\n", -1)) {
				out.append(part.isEmpty() ? "#" : "# " + part.replace('\r', ' ')).append('\n');
			}
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setWidth(120);
		options.setSplitLines(false);
		out.append(new Yaml(options).dump(values.toMap()));
		return out.toString();
	}

}
