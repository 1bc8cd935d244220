package dev.liqowizard.web;

import java.util.List;

/**
 * One URL for each kind of page the wizard serves, filled with the longest values people
 * realistically type: a 63-character cluster name (the most a DNS-1123 label holds) and a
 * 253-character DNS name (the most DNS holds) as an address. What does not fit at 320 px shows
 * with these.
 */
final class PageTypes {

	/** A cluster name of 63 characters. */
	static final String LONG_NAME_A = "edge-" + "x".repeat(52) + "-site1";

	static final String LONG_NAME_B = "azure-" + "x".repeat(51) + "-site1";

	/** A DNS name of 253 characters whose last label is short enough for Liqo v0.3.2's ForeignCluster. */
	static final String LONG_DNS_NAME = String.join(".", "k8s-api-" + "a".repeat(55), "b".repeat(63), "c".repeat(63),
			"d".repeat(57), "com");

	private static final String V032 = "liqo=v0.3.2&network=internet&a.name=" + LONG_NAME_A
			+ "&a.location=onprem-nat&a.distribution=k3s&a.address=" + LONG_DNS_NAME + "&b.name=" + LONG_NAME_B
			+ "&b.location=cloud&b.distribution=aks&b.address=" + LONG_DNS_NAME
			+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16";

	/** v1.2.0: the NAT side dials out, so only the cloud cluster has an address. */
	private static final String V120 = "liqo=v1.2.0&network=internet&a.name=" + LONG_NAME_A
			+ "&a.location=onprem-nat&a.distribution=k3s&b.name=" + LONG_NAME_B
			+ "&b.location=cloud&b.distribution=aks&b.address=" + LONG_DNS_NAME
			+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16";

	/** A page type: what it is, and a path with its query. */
	record PageType(String name, String path) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static final List<PageType> ALL = List.of(new PageType("start", "/"),
			new PageType("network", "/wizard/network?liqo=v1.2.0"),
			new PageType("cluster A", "/wizard/cluster-a?" + V120.replace("&a.location=onprem-nat", "&a.location=onprem")),
			new PageType("cluster B", "/wizard/cluster-b?" + V032),
			new PageType("direction", "/wizard/peering?" + V120),
			new PageType("options", "/wizard/details?" + V032),
			new PageType("plan v0.3.2", "/plan?" + V032), new PageType("plan v1.2.0", "/plan?" + V120 + "&peering=b-to-a"),
			// The 400 page: an address v0.3.2 refuses (its last label is too long), quoted in the message.
			new PageType("error 400", "/plan?" + V032.replace("d".repeat(57) + ".com", "d".repeat(53) + ".example")),
			new PageType("error 404", "/no-such-page"));

	private PageTypes() {
	}

}
