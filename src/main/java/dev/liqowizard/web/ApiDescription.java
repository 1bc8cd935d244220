package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.liqowizard.artifact.FileNames;
import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.liqo.LiqoReleases;
import dev.liqowizard.plan.Choice;
import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.ClusterField;
import dev.liqowizard.plan.Distribution;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Side;

/**
 * {@code GET /api}: every parameter of the URL contract with the values it allows, its default
 * and the releases that use it, read from the definitions the parser and the releases use.
 */
record ApiDescription(String description, Map<String, String> endpoints, List<ParameterJson> parameters) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ParameterJson(String name, String meaning, List<String> values, String format,
			@JsonProperty("default") String defaultValue,
			boolean required, List<String> releases) {
	}

	static ApiDescription of(LiqoReleases releases) {
		List<ParameterJson> parameters = new ArrayList<>();
		List<String> versions = releases.all().stream().map(LiqoRelease::version).toList();
		parameters.add(new ParameterJson(Parameters.LIQO, "The Liqo release to plan for.", versions, null,
				releases.parser().newestRelease(), false, versions));
		parameters.add(new ParameterJson(Parameters.NETWORK, "How the clusters reach each other: over the Internet, "
				+ "on one LAN (one L2 broadcast domain), or over a routed private network such as a site-to-site VPN.",
				Choice.values(Network.class), null, null, true, using(releases, Parameters.NETWORK)));
		for (Side side : Side.values()) {
			for (ClusterField field : ClusterField.values()) {
				List<String> choices = field.choices();
				parameters.add(new ParameterJson(field.parameter(side), field.meaning() + " (cluster " + side.id().toUpperCase()
						+ ")", choices.isEmpty() ? null : choices, choices.isEmpty() ? field.allowed() : null,
						defaultValue(field, side), field == ClusterField.LOCATION, using(releases, field.key())));
			}
		}
		parameters.add(new ParameterJson(Parameters.PEERING, "The direction of offloading: a-to-b means cluster A "
				+ "(the consumer) offloads onto cluster B (the provider).", Choice.values(Peering.class), null,
				Peering.A_TO_B.value(), false, using(releases, Parameters.PEERING)));
		return new ApiDescription("The Liqo peering wizard's API. Every page and file is a GET URL whose query "
				+ "carries the answers below; an unknown parameter, or a value outside its set, is a 400 naming it.",
				describeEndpoints(), parameters);
	}

	private static Map<String, String> describeEndpoints() {
		// Ordered, so that the bytes (and the ETag) are the same on every replica.
		Map<String, String> endpoints = new LinkedHashMap<>();
		endpoints.put("/api", "this description");
		endpoints.put("/api/plan", "the plan as JSON");
		endpoints.put("/plan", "the plan page; text for curl and wget");
		endpoints.put("/plan/<file>", "a generated file, as an attachment: " + FileNames.valuesUrl(Side.A) + ", "
				+ FileNames.valuesUrl(Side.B) + ", " + FileNames.installUrl(Side.A) + ", " + FileNames.installUrl(Side.B)
				+ ", " + FileNames.PEER_SCRIPT + " (releases with directed peerings), " + FileNames.TOPOLOGY + ", "
				+ FileNames.BUNDLE);
		endpoints.put("/plan/" + FileController.TOPOLOGY_VIEW, "the diagram, to look at in a browser tab");
		return endpoints;
	}

	private static List<String> using(LiqoReleases releases, String key) {
		return releases.all()
			.stream()
			.filter((release) -> release.parameterKeys().contains(key))
			.map(LiqoRelease::version)
			.toList();
	}

	private static String defaultValue(ClusterField field, Side side) {
		return switch (field) {
			case NAME -> ClusterAnswers.defaultName(side);
			case POD_CIDR, SERVICE_CIDR -> {
				List<String> defaults = new ArrayList<>();
				for (Distribution distribution : Distribution.values()) {
					(field == ClusterField.POD_CIDR ? distribution.defaultPodCidr() : distribution.defaultServiceCidr())
						.ifPresent((cidr) -> defaults.add(distribution.value() + ": " + cidr));
				}
				yield defaults.isEmpty() ? null : "per distribution, " + String.join(", ", defaults);
			}
			default -> null;
		};
	}

}
