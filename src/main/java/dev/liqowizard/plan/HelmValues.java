package dev.liqowizard.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Helm values of one cluster as data: a tree of keys in the order they were set. Leaves are
 * strings, booleans, integers, lists of strings, or maps of strings (annotations). Built by a
 * release's rules, serialised by the values file writer.
 */
public final class HelmValues {

	private final Node root = new Node();

	/** Sets a value at a path of keys; keys themselves may contain dots (annotation names). */
	public HelmValues set(List<String> path, Object value) {
		checkLeaf(value);
		Node node = this.root;
		for (String key : path.subList(0, path.size() - 1)) {
			Object child = node.computeIfAbsent(key, (k) -> new Node());
			if (!(child instanceof Node inner)) {
				throw new IllegalStateException("a value is already set at " + key + " of " + path);
			}
			node = inner;
		}
		Object previous = node.put(path.get(path.size() - 1), value);
		if (previous instanceof Node) {
			throw new IllegalStateException("keys are already set under " + path);
		}
		return this;
	}

	/** Sets a value at a dotted path, like {@code auth.service.type}. */
	public HelmValues set(String dottedPath, Object value) {
		return set(List.of(dottedPath.split("\\.")), value);
	}

	/** The tree, read-only, in the order the keys were set. */
	public Map<String, Object> toMap() {
		return freeze(this.root);
	}

	/** The path of every leaf, each a list of keys. */
	public List<List<String>> leafPaths() {
		List<List<String>> paths = new ArrayList<>();
		collect(this.root, List.of(), paths);
		return paths;
	}

	private static void collect(Node node, List<String> prefix, List<List<String>> paths) {
		node.forEach((key, value) -> {
			List<String> path = new ArrayList<>(prefix);
			path.add(key);
			if (value instanceof Node child) {
				collect(child, path, paths);
			}
			else {
				paths.add(List.copyOf(path));
			}
		});
	}

	private static void checkLeaf(Object value) {
		boolean ok = value instanceof String || value instanceof Boolean || value instanceof Integer
				|| (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance))
				|| (value instanceof Map<?, ?> map && map.entrySet()
					.stream()
					.allMatch((e) -> e.getKey() instanceof String && e.getValue() instanceof String));
		if (!ok) {
			throw new IllegalArgumentException("unsupported Helm value: " + value);
		}
	}

	private static Map<String, Object> freeze(Node node) {
		Map<String, Object> copy = new LinkedHashMap<>();
		node.forEach((key, value) -> {
			if (value instanceof Node child) {
				copy.put(key, freeze(child));
			}
			else if (value instanceof Map<?, ?> leaf) {
				copy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(leaf)));
			}
			else if (value instanceof List<?> list) {
				copy.put(key, List.copyOf(list));
			}
			else {
				copy.put(key, value);
			}
		});
		return Collections.unmodifiableMap(copy);
	}

	/** A level of keys, as opposed to a map that is one value. */
	private static final class Node extends LinkedHashMap<String, Object> {

	}

}
