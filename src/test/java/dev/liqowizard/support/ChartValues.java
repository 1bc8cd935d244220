package dev.liqowizard.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

	private final Map<String, Object> root;

	private ChartValues(Map<String, Object> root) {
		this.root = root;
	}

	public static ChartValues of(String release) {
		String resource = "/reference/liqo/values-" + release + ".yaml";
		try (InputStream in = ChartValues.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new ChartValues(new Yaml().load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The chart's default at a path of keys. A path below a map that is empty in the chart (such as
	 * {@code gateway.service.annotations}) is free-form, and reported as that map.
	 */
	public Optional<Object> defaultAt(List<String> path) {
		Object node = this.root;
		for (String key : path) {
			if (!(node instanceof Map<?, ?> map)) {
				return Optional.empty();
			}
			if (map.isEmpty()) {
				return Optional.of(map);
			}
			if (!map.containsKey(key)) {
				return Optional.empty();
			}
			node = map.get(key);
		}
		return Optional.ofNullable(node);
	}

	/** Whether a generated value fits the type of the chart's default at that path. */
	public static boolean sameKind(Object generated, Object chartDefault) {
		if (chartDefault instanceof Map<?, ?>) {
			return generated instanceof Map<?, ?>;
		}
		if (chartDefault instanceof List<?>) {
			return generated instanceof List<?>;
		}
		if (chartDefault instanceof Boolean) {
			return generated instanceof Boolean;
		}
		if (chartDefault instanceof Integer) {
			return generated instanceof Integer;
		}
		return generated instanceof String;
	}

}
