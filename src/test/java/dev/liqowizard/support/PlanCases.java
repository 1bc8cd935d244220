package dev.liqowizard.support;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.liqowizard.liqo.LiqoRelease;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Location;
import dev.liqowizard.plan.Network;
import dev.liqowizard.plan.Refinement;
import dev.liqowizard.plan.Side;

/**
 * Every location x location x network the release accepts, each in several variants: bare core
 * answers, complete answers with different distributions (GKE where a side is in a cloud), and every choice of every refinement
 * the release asks for. Queries, keyed by a readable case name.
 */
public final class PlanCases {

	private PlanCases() {
	}

	public static Map<String, String> all(LiqoRelease release) {
		Map<String, String> cases = new LinkedHashMap<>();
		for (Location a : Location.values()) {
			for (Location b : Location.values()) {
				for (Network network : Network.values()) {
					String core = "liqo=" + release.version() + "&network=" + network.value() + "&a.name=left&a.location="
							+ a.value() + "&b.name=right&b.location=" + b.value();
					if (!accepted(release, core)) {
						continue;
					}
					String name = a.value() + "+" + b.value() + "/" + network.value();
					cases.put(name + " bare", core);
					String first = core + distribution(Side.A, a, 0) + distribution(Side.B, b, 0);
					String second = core + distribution(Side.A, a, 1) + distribution(Side.B, b, 1);
					cases.put(name + " complete", first + complete(release, first));
					cases.put(name + " complete, other distributions", second + complete(release, second));
					if (a == Location.CLOUD || b == Location.CLOUD) {
						// GKE has the most required install flags (facts 8.2): a variant of its own.
						String gke = core + distribution(Side.A, a, 2) + distribution(Side.B, b, 2);
						cases.put(name + " complete, gke", gke + complete(release, gke));
					}
					for (Refinement refinement : release.refinements(TestQueries.answers(core))) {
						for (String choice : refinement.choices()) {
							String query = first + complete(release, first) + "&" + refinement.parameter() + "="
									+ choice;
							if (choice.equals("ingress")) {
								String side = refinement.side().orElseThrow().id();
								query += "&" + side + ".ingressHost=liqo-" + side + ".example.com&" + side
										+ ".ingressClass=nginx";
							}
							if (accepted(release, query)) {
								cases.put(name + " " + refinement.parameter() + "=" + choice, query);
							}
						}
					}
				}
			}
		}
		return cases;
	}

	private static String distribution(Side side, Location location, int variant) {
		String[] options = (location == Location.CLOUD) ? new String[] { "eks", "aks", "gke" }
				: new String[] { "k3s", "k8s", "k3s" };
		return "&" + side.id() + ".distribution=" + options[variant];
	}

	/** Every free-text refinement the release asks for, filled with a plausible value. */
	private static String complete(LiqoRelease release, String query) {
		StringBuilder extra = new StringBuilder();
		Answers answers = TestQueries.answers(query);
		for (Refinement refinement : release.refinements(answers)) {
			if (refinement.isChoice() || refinement.key().startsWith("ingress")) {
				continue;
			}
			String side = refinement.side().orElseThrow().id();
			String value = switch (refinement.key()) {
				case "address" -> side.equals("a") ? "203.0.113.10" : "peer-" + side + ".example.com";
				case "podCidr" -> side.equals("a") ? "10.50.0.0/16" : "10.60.0.0/16";
				case "serviceCidr" -> side.equals("a") ? "10.51.0.0/16" : "10.61.0.0/16";
				case "natAuthPort" -> "30443";
				case "natApiPort" -> "16443";
				case "natGatewayPort" -> "30871";
				default -> throw new IllegalStateException("no sample for " + refinement.parameter());
			};
			extra.append('&').append(refinement.parameter()).append('=').append(value);
		}
		return extra.toString();
	}

	private static boolean accepted(LiqoRelease release, String query) {
		try {
			release.plan(TestQueries.answers(query));
			return true;
		}
		catch (InvalidAnswersException ex) {
			return false;
		}
	}

}
