package dev.liqowizard.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parameter names of the URL contract (PRODUCT.md section 3), in canonical order. */
public final class Parameters {

	public static final String LIQO = "liqo";

	public static final String NETWORK = "network";

	public static final String PEERING = "peering";

	/** Every parameter of the contract, in the order canonical URLs list them. */
	public static final List<String> CANONICAL_ORDER = canonicalOrder();

	private Parameters() {
	}

	/** Every parameter by its key: {@code liqo}, {@code network}, {@code peering} and the cluster fields. */
	public static Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>(List.of(LIQO, NETWORK));
		for (ClusterField field : ClusterField.values()) {
			keys.add(field.key());
		}
		keys.add(PEERING);
		return Collections.unmodifiableSet(keys);
	}

	/** The key of a parameter: {@code address} for {@code a.address}, the name itself otherwise. */
	public static String key(String name) {
		return name.substring(name.indexOf('.') + 1);
	}

	public static boolean isKnown(String name) {
		return CANONICAL_ORDER.contains(name);
	}

	private static List<String> canonicalOrder() {
		List<String> names = new ArrayList<>();
		names.add(LIQO);
		names.add(NETWORK);
		for (Side side : Side.values()) {
			for (ClusterField field : ClusterField.values()) {
				names.add(field.parameter(side));
			}
		}
		names.add(PEERING);
		return Collections.unmodifiableList(names);
	}

}
