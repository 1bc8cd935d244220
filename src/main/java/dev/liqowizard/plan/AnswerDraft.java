package dev.liqowizard.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of a request as far as they go: typed values of the parameters that were valid,
 * the raw text of every contract parameter given (to show it again in a form), and the problems.
 * The wizard walks through drafts; everything else needs {@link #toAnswers()}.
 */
public final class AnswerDraft {

	private static final List<String> REQUIRED = List.of(Parameters.NETWORK,
			ClusterField.LOCATION.parameter(Side.A), ClusterField.LOCATION.parameter(Side.B));

	private final AnswerParser parser;

	private final Map<String, Object> values;

	private final Map<String, String> given;

	private final List<Problem> problems;

	AnswerDraft(AnswerParser parser, Map<String, Object> values, Map<String, String> given, List<Problem> problems) {
		this.parser = parser;
		this.values = Map.copyOf(values);
		this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
		this.problems = List.copyOf(problems);
	}

	/** What is wrong with the parameters given, in the order they came. */
	public List<Problem> problems() {
		return this.problems;
	}

	/** The raw text of each contract parameter given, in the order they came. */
	public Map<String, String> given() {
		return this.given;
	}

	/** The release asked for, or the newest supported one. */
	public String release() {
		Object release = this.values.get(Parameters.LIQO);
		return (release instanceof String value) ? value : this.parser.newestRelease();
	}

	public Optional<Network> network() {
		return value(Parameters.NETWORK, Network.class);
	}

	public Optional<Location> location(Side side) {
		return value(ClusterField.LOCATION.parameter(side), Location.class);
	}

	public Optional<Distribution> distribution(Side side) {
		return value(ClusterField.DISTRIBUTION.parameter(side), Distribution.class);
	}

	public String name(Side side) {
		return value(ClusterField.NAME.parameter(side), String.class).orElse(ClusterAnswers.defaultName(side));
	}

	/** Problems for required parameters that were not given, among those asked for. */
	public List<Problem> missing(List<String> parameters) {
		List<Problem> missing = new ArrayList<>();
		for (String parameter : parameters) {
			if (!this.given.containsKey(parameter)) {
				missing.add(new Problem(parameter, "is required. " + requiredHint(parameter)));
			}
		}
		return missing;
	}

	private static String requiredHint(String parameter) {
		if (parameter.equals(Parameters.NETWORK)) {
			return "Allowed: " + Choice.allowed(Network.class) + ".";
		}
		return "Allowed: " + Choice.allowed(Location.class) + ".";
	}

	/**
	 * The complete, valid answers.
	 * @throws InvalidAnswersException naming every problem and every required parameter missing
	 */
	public Answers toAnswers() {
		List<Problem> all = new ArrayList<>(this.problems);
		all.addAll(missing(REQUIRED));
		if (!all.isEmpty()) {
			throw new InvalidAnswersException(all);
		}
		return new Answers(release(), network().orElseThrow(), cluster(Side.A), cluster(Side.B),
				value(Parameters.PEERING, Peering.class));
	}

	private ClusterAnswers cluster(Side side) {
		return new ClusterAnswers(side, name(side), location(side).orElseThrow(), distribution(side),
				field(side, ClusterField.ADDRESS, HostAddress.class), field(side, ClusterField.AUTH, AuthExposure.class),
				field(side, ClusterField.INGRESS_HOST, HostAddress.class),
				field(side, ClusterField.INGRESS_CLASS, String.class), field(side, ClusterField.LB, YesNo.class),
				field(side, ClusterField.POD_CIDR, Cidr.class), field(side, ClusterField.SERVICE_CIDR, Cidr.class),
				field(side, ClusterField.NAT_AUTH_PORT, Integer.class),
				field(side, ClusterField.NAT_API_PORT, Integer.class),
				field(side, ClusterField.NAT_GATEWAY_PORT, Integer.class));
	}

	private <T> Optional<T> field(Side side, ClusterField field, Class<T> type) {
		return value(field.parameter(side), type);
	}

	private <T> Optional<T> value(String parameter, Class<T> type) {
		Object value = this.values.get(parameter);
		return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
	}

}
