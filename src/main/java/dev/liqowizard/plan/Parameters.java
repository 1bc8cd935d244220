package dev.liqowizard.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The parameter names of the URL contract (PRODUCT.md section 3), in canonical order. */
public final class Parameters {

	public static final String LIQO = "liqo";

	public static final String NETWORK = "network";

	public static final String PEERING = "peering";

	/** Every parameter of the contract, in the order canonical URLs list them. */
	public static final List<String> CANONICAL_ORDER = canonicalOrder();

	private Parameters() {
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
