package dev.liqowizard.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Addresses and ranges that parse but cannot be what a peer should reach or what pods should use:
 * loopback, link-local (where cloud metadata services live), 0.0.0.0, the broadcast address, and
 * ranges wider than /8. They are warned about, not refused: a lab may mean them.
 */
public final class SpecialAddresses {

	/** Wider than this, a pod or service range swallows networks the clusters still need to reach. */
	static final int WIDEST_PREFIX = 8;

	private enum Range {

		THIS_HOST("0.0.0.0/32", "0.0.0.0", "which means \"any address of this host\": no peer can connect to it"),

		LOOPBACK("127.0.0.0/8", "the loopback range 127.0.0.0/8",
				"which every machine answers itself: the peer would reach its own host, not this cluster"),

		LINK_LOCAL("169.254.0.0/16", "the link-local range 169.254.0.0/16",
				"which does not cross routers, and where cloud providers serve instance metadata (credentials "
						+ "included) at 169.254.169.254"),

		BROADCAST("255.255.255.255/32", "the broadcast address 255.255.255.255", "to which no peer can connect");

		private final Cidr cidr;

		private final String label;

		private final String why;

		Range(String cidr, String label, String why) {
			this.cidr = Cidr.parse(cidr);
			this.label = label;
			this.why = why;
		}

	}

	private SpecialAddresses() {
	}

	/** A warning for every address or range the user gave that falls on a special range. */
	public static List<Warning> warnings(Answers answers) {
		List<Warning> warnings = new ArrayList<>();
		for (ClusterAnswers cluster : answers.clusters()) {
			cluster.address().filter(HostAddress::ipv4).ifPresent((address) -> {
				for (Range range : Range.values()) {
					if (range.cidr.contains(address.ipv4Value())) {
						warnings.add(warning(cluster, ClusterField.ADDRESS,
								capitalised(cluster.describe(ClusterField.ADDRESS)) + ", " + address + ", falls on "
										+ range.label + ", " + range.why + "."));
					}
				}
			});
			cidrWarning(cluster, ClusterField.POD_CIDR, cluster.podCidr()).ifPresent(warnings::add);
			cidrWarning(cluster, ClusterField.SERVICE_CIDR, cluster.serviceCidr()).ifPresent(warnings::add);
		}
		return warnings;
	}

	private static Optional<Warning> cidrWarning(ClusterAnswers cluster, ClusterField field, Optional<Cidr> given) {
		if (given.isEmpty()) {
			return Optional.empty();
		}
		Cidr cidr = given.get();
		String subject = capitalised(cluster.describe(field)) + ", " + cidr + ", ";
		List<String> reasons = new ArrayList<>();
		if (cidr.prefix() < WIDEST_PREFIX) {
			reasons.add("is wider than /" + WIDEST_PREFIX + ": it takes in networks the clusters still need to reach "
					+ "(node addresses, the peer, the Internet), and Liqo routes the whole range to this cluster's "
					+ "pods or services");
		}
		for (Range range : Range.values()) {
			if (cidr.overlaps(range.cidr)) {
				reasons.add("overlaps " + range.label + ", " + range.why);
			}
		}
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(warning(cluster, field, subject + String.join(", and ", reasons) + "."));
	}

	private static Warning warning(ClusterAnswers cluster, ClusterField field, String message) {
		return new Warning(field.parameter(cluster.side()), message);
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
