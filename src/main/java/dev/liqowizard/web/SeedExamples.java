package dev.liqowizard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four scenarios of the Liqo documentation as one-click examples on the start page, with
 * every value their files need (documentation addresses from RFC 5737, realistic endpoints and
 * CIDRs), so that an example opens a plan whose scripts run as they are once the addresses are
 * the user's own.
 */
final class SeedExamples {

	/** An example: its id (for its line of text) and its answers, without the release. */
	record Seed(String id, Map<String, String> values) {

	}

	static final List<Seed> SEEDS = List.of(
			seed("onprem-nat-to-cloud", "network=internet", "a.name=edge", "a.location=onprem-nat", "a.distribution=k3s",
					"a.address=203.0.113.10", "b.name=azure", "b.location=cloud", "b.distribution=aks",
					"b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io", "b.podCidr=10.244.0.0/16",
					"b.serviceCidr=10.0.0.0/16"),
			seed("onprem-to-cloud", "network=internet", "a.name=office", "a.location=onprem", "a.distribution=k3s",
					"a.address=198.51.100.20", "b.name=gke-east", "b.location=cloud", "b.distribution=gke",
					"b.address=34.118.10.20", "b.podCidr=10.48.0.0/14", "b.serviceCidr=34.118.224.0/20"),
			seed("cloud-to-cloud", "network=internet", "a.name=aks-west", "a.location=cloud", "a.distribution=aks",
					"a.address=aks-west-5e6f7a8b.hcp.westeurope.azmk8s.io", "a.podCidr=10.244.0.0/16",
					"a.serviceCidr=10.0.0.0/16", "b.name=gke-east", "b.location=cloud", "b.distribution=gke",
					"b.address=34.118.10.20", "b.podCidr=10.48.0.0/14", "b.serviceCidr=34.118.224.0/20"),
			seed("onprem-to-onprem", "network=lan", "a.name=rack-1", "a.location=onprem", "a.distribution=k3s",
					"b.name=rack-2", "b.location=onprem", "b.distribution=k3s"));

	private SeedExamples() {
	}

	private static Seed seed(String id, String... pairs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return new Seed(id, values);
	}

}
