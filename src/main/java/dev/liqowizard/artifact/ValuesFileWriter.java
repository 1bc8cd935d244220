package dev.liqowizard.artifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import dev.liqowizard.plan.HelmValues;
import dev.liqowizard.plan.Yaml11PlainScalar;

/**
 * Writes Helm values with SnakeYAML: a comment block on top, then the values as block YAML. Every
 * string value is double-quoted, because Helm reads values with YAML 1.1, where {@code y}, {@code
 * off} or {@code 0o17} unquoted are not strings; booleans and integers stay plain.
 */
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
		out.append(new Yaml(new QuotingRepresenter(options), options).dump(values.toMap()));
		return out.toString();
	}

	/**
	 * Double-quotes every string, keys included, except keys that are plain identifiers YAML 1.1
	 * reads as text (the chart's own keys, like {@code extraArgs}); annotation names such as {@code
	 * service.beta.kubernetes.io/aws-load-balancer-type} are quoted.
	 */
	private static final class QuotingRepresenter extends Representer {

		private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

		QuotingRepresenter(DumperOptions options) {
			super(options);
			this.representers.put(String.class,
					(data) -> representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.DOUBLE_QUOTED));
		}

		@Override
		protected Node representMapping(Tag tag, Map<?, ?> mapping, DumperOptions.FlowStyle flowStyle) {
			MappingNode node = (MappingNode) super.representMapping(tag, mapping, flowStyle);
			List<NodeTuple> tuples = new ArrayList<>();
			for (NodeTuple tuple : node.getValue()) {
				Node key = tuple.getKeyNode();
				if (key instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR) && isPlainKey(scalar.getValue())) {
					key = new ScalarNode(Tag.STR, scalar.getValue(), null, null, DumperOptions.ScalarStyle.PLAIN);
				}
				tuples.add(new NodeTuple(key, tuple.getValueNode()));
			}
			node.setValue(tuples);
			return node;
		}

		private static boolean isPlainKey(String key) {
			return PLAIN_KEY.matcher(key).matches() && Yaml11PlainScalar.nonStringReading(key).isEmpty();
		}

	}

}
