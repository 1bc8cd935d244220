package dev.liqowizard.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

/**
 * The real {@code values.yaml} of a Liqo chart release, to check generated keys against. Helm
 * ignores unknown keys without a word, so a misspelt key would install a cluster that does not
 * do what the page says.
 */
public final class ChartValues {

	private final String release;

	private final Map<String, Object> root;

	private ChartValues(String release, Map<String, Object> root) {
		this.release = release;
		this.root = root;
	}

	public static ChartValues of(String release) {
		String resource = "/reference/liqo/values-" + release + ".yaml";
		try (InputStream in = ChartValues.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new ChartValues(release, new Yaml().load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The chart's default at a path of keys. A path below a free-form map (see {@link #isFreeForm},
	 * such as {@code gateway.service.annotations}) is reported as that map.
	 */
	public Optional<Object> defaultAt(List<String> path) {
		Object node = this.root;
		for (String key : path) {
			if (!(node instanceof Map<?, ?> map)) {
				return Optional.empty();
			}
			if (isFreeForm(map)) {
				return Optional.of(map);
			}
			if (!map.containsKey(key)) {
				return Optional.empty();
			}
			node = map.get(key);
		}
		return Optional.ofNullable(node);
	}

	/**
	 * Whether the keys of a chart map are the user's: the map is empty in the chart (annotations,
	 * labels, resources), or its keys are Kubernetes label keys such as {@code liqo.io/managed}
	 * (v1.2.0's {@code common.globalLabels}), which no template names one by one.
	 */
	public static boolean isFreeForm(Object chartDefault) {
		return chartDefault instanceof Map<?, ?> map
				&& (map.isEmpty() || map.keySet().stream().anyMatch((key) -> String.valueOf(key).contains("/")));
	}

	/**
	 * Whether a generated value fits the type of the chart's default at that path. A list must hold
	 * what the chart's list holds (strings in {@code ipam.pools}, maps in
	 * {@code networking.serverResources}); an empty chart list takes anything.
	 */
	public static boolean sameKind(Object generated, Object chartDefault) {
		if (chartDefault instanceof Map<?, ?>) {
			return generated instanceof Map<?, ?>;
		}
		if (chartDefault instanceof List<?> chartList) {
			return generated instanceof List<?> list
					&& (chartList.isEmpty() || list.stream().allMatch((item) -> sameKind(item, chartList.get(0))));
		}
		if (chartDefault instanceof Boolean) {
			return generated instanceof Boolean;
		}
		if (chartDefault instanceof Integer) {
			return generated instanceof Integer;
		}
		return generated instanceof String;
	}

	/**
	 * What is wrong with a generated values tree against this chart: keys the chart does not have,
	 * and values of another type than the chart's default; empty when every key is right.
	 */
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		collect(values, new ArrayList<>(), problems);
		return problems;
	}

	@SuppressWarnings("unchecked")
	private void collect(Map<String, Object> node, List<String> prefix, List<String> problems) {
		node.forEach((key, value) -> {
			List<String> path = new ArrayList<>(prefix);
			path.add(String.valueOf(key));
			Optional<Object> chartDefault = defaultAt(path);
			String name = String.join(".", path);
			if (chartDefault.isEmpty()) {
				problems.add(name + " is not a key of chart " + this.release);
			}
			else if (value instanceof Map<?, ?> child && !isFreeForm(chartDefault.get())) {
				collect((Map<String, Object>) child, path, problems);
			}
			else if (!sameKind(value, chartDefault.get())) {
				problems.add(name + " is " + describe(value) + " but the chart has " + describe(chartDefault.get()));
			}
		});
	}

	private static String describe(Object value) {
		if (value instanceof List<?> list && !list.isEmpty()) {
			return "a list of " + describe(list.get(0));
		}
		if (value instanceof Map<?, ?>) {
			return "Map";
		}
		if (value instanceof List<?>) {
			return "List";
		}
		return (value == null) ? "null" : value.getClass().getSimpleName();
	}

}
