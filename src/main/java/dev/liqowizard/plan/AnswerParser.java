package dev.liqowizard.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the query parameters of any URL into an {@link AnswerDraft}: every parameter checked
 * against the contract (PRODUCT.md section 3), each problem named with what is allowed. Nothing
 * downstream sees a raw string from the request.
 */
public final class AnswerParser {

	/** Every release the URL contract names, supported by this build or not. */
	static final List<String> CONTRACT_RELEASES = List.of("v0.3.2", "v1.2.0");

	private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

	private static final Pattern DNS_SUBDOMAIN = Pattern
		.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

	private static final Pattern PORT = Pattern.compile("[1-9][0-9]{0,4}");

	/** Past this many, further problems are summed up in one line: enough to fix the URL. */
	static final int MAX_PROBLEMS = 20;

	private final List<String> releases;

	/**
	 * @param releases the releases this build supports, oldest first; the last is the default
	 */
	public AnswerParser(List<String> releases) {
		if (releases.isEmpty() || !CONTRACT_RELEASES.containsAll(releases)) {
			throw new IllegalArgumentException("releases must be a non-empty subset of " + CONTRACT_RELEASES);
		}
		this.releases = List.copyOf(releases);
	}

	/** The release a request without {@code liqo} gets. */
	public String newestRelease() {
		return this.releases.get(this.releases.size() - 1);
	}

	public List<String> releases() {
		return this.releases;
	}

	/**
	 * Parses decoded query parameters, in the order they came.
	 * @param query name and value of each parameter, repeated names included
	 */
	public AnswerDraft parse(List<Map.Entry<String, String>> query) {
		Map<String, List<String>> grouped = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : query) {
			grouped.computeIfAbsent(entry.getKey(), (name) -> new ArrayList<>()).add(entry.getValue());
		}
		Reading reading = new Reading();
		grouped.forEach((name, values) -> reading.read(name, values));
		reading.crossCheck();
		return reading.toDraft();
	}

	/** The state of one parse: what was read so far and what is wrong with it. */
	private final class Reading {

		private final Map<String, Object> values = new LinkedHashMap<>();

		private final Map<String, String> given = new LinkedHashMap<>();

		private final List<Problem> problems = new ArrayList<>();

		void read(String name, List<String> values) {
			if (!Parameters.isKnown(name)) {
				problem(Echo.parameter(name), "is not a parameter of this wizard. Parameters: "
						+ String.join(", ", Parameters.CANONICAL_ORDER) + ".");
				return;
			}
			String value = values.get(0);
			this.given.put(name, value);
			if (values.size() > 1) {
				problem(name, "is given " + values.size() + " times; give it once.");
				return;
			}
			if (value.isEmpty()) {
				problem(name, "is empty; leave it out or give a value. " + allowed(name));
				return;
			}
			try {
				this.values.put(name, convert(name, value));
			}
			catch (InvalidValueException ex) {
				problem(name, ex.getMessage());
			}
			catch (IllegalArgumentException ex) {
				// Never a library's own text: it may echo raw input or mean nothing to people.
				problem(name, "'" + Echo.value(value) + "' cannot be read. " + allowed(name));
			}
		}

		private Object convert(String name, String value) {
			if (name.equals(Parameters.LIQO)) {
				return release(value);
			}
			if (name.equals(Parameters.NETWORK)) {
				return choice(Network.class, value);
			}
			if (name.equals(Parameters.PEERING)) {
				return choice(Peering.class, value);
			}
			ClusterField field = field(name);
			return switch (field) {
				case NAME -> name(value);
				case LOCATION -> choice(Location.class, value);
				case DISTRIBUTION -> choice(Distribution.class, value);
				case AUTH -> choice(AuthExposure.class, value);
				case LB -> choice(YesNo.class, value);
				case ADDRESS -> HostAddress.parsePasted(value);
				case INGRESS_HOST -> ingressHost(value);
				case INGRESS_CLASS -> ingressClass(value);
				case POD_CIDR, SERVICE_CIDR -> Cidr.parse(value);
				case NAT_AUTH_PORT, NAT_API_PORT, NAT_GATEWAY_PORT -> port(value);
			};
		}

		private String release(String value) {
			if (AnswerParser.this.releases.contains(value)) {
				return value;
			}
			String supported = String.join(", ", AnswerParser.this.releases);
			if (CONTRACT_RELEASES.contains(value)) {
				throw new InvalidValueException(
						"Liqo " + value + " is not supported by this version of the wizard yet. Allowed: " + supported
								+ ".");
			}
			throw new InvalidValueException(
					"'" + Echo.value(value) + "' is not a Liqo release this wizard knows. Allowed: " + supported + ".");
		}

		private String allowed(String name) {
			if (name.equals(Parameters.LIQO)) {
				return "Allowed: " + String.join(", ", AnswerParser.this.releases) + ".";
			}
			if (name.equals(Parameters.NETWORK)) {
				return "Allowed: " + Choice.allowed(Network.class) + ".";
			}
			if (name.equals(Parameters.PEERING)) {
				return "Allowed: " + Choice.allowed(Peering.class) + ".";
			}
			return field(name).allowed();
		}

		void crossCheck() {
			for (Side side : Side.values()) {
				Optional<Location> location = value(ClusterField.LOCATION.parameter(side), Location.class);
				Optional<Distribution> distribution = value(ClusterField.DISTRIBUTION.parameter(side),
						Distribution.class);
				if (location.isPresent() && distribution.isPresent() && !distribution.get().fits(location.get())) {
					problem(ClusterField.DISTRIBUTION.parameter(side), distributionMismatch(distribution.get()));
				}
				checkCidrs(side);
			}
			Optional<String> nameA = value(ClusterField.NAME.parameter(Side.A), String.class);
			String nameB = value(ClusterField.NAME.parameter(Side.B), String.class)
				.orElse(ClusterAnswers.defaultName(Side.B));
			if (nameA.orElse(ClusterAnswers.defaultName(Side.A)).equals(nameB)) {
				problem(ClusterField.NAME.parameter(Side.B), "must differ from the name of cluster A ('" + nameB
						+ "'): Liqo tells peers apart by name.");
			}
		}

		private String distributionMismatch(Distribution distribution) {
			if (distribution.isCloud()) {
				return distribution.value() + " is a managed cloud distribution; a cloud cluster needs location "
						+ "cloud. On-premise clusters allow: k8s, k3s.";
			}
			return distribution.value() + " is an on-premise distribution; for a cloud cluster use aks, gke or eks.";
		}

		private void checkCidrs(Side side) {
			Optional<Cidr> pods = value(ClusterField.POD_CIDR.parameter(side), Cidr.class);
			Optional<Cidr> services = value(ClusterField.SERVICE_CIDR.parameter(side), Cidr.class);
			if (pods.isPresent() && services.isPresent() && pods.get().overlaps(services.get())) {
				problem(ClusterField.SERVICE_CIDR.parameter(side), "overlaps the pod CIDR " + pods.get()
						+ "; pods and services of one cluster need separate ranges.");
			}
		}

		private <T> Optional<T> value(String parameter, Class<T> type) {
			Object value = this.values.get(parameter);
			return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
		}

		private void problem(String parameter, String message) {
			this.problems.add(new Problem(parameter, message));
		}

		AnswerDraft toDraft() {
			List<Problem> reported = this.problems;
			if (reported.size() > MAX_PROBLEMS) {
				reported = new ArrayList<>(this.problems.subList(0, MAX_PROBLEMS));
				reported.add(new Problem(Problem.QUERY,
						"and " + (this.problems.size() - MAX_PROBLEMS) + " more problems; fix the ones above first."));
			}
			return new AnswerDraft(AnswerParser.this, this.values, this.given, reported);
		}

	}

	static ClusterField field(String parameter) {
		String key = parameter.substring(parameter.indexOf('.') + 1);
		for (ClusterField field : ClusterField.values()) {
			if (field.key().equals(key)) {
				return field;
			}
		}
		throw new IllegalStateException("not a cluster parameter: " + parameter);
	}

	private static <E extends Enum<E> & Choice> E choice(Class<E> type, String value) {
		return Choice.parse(type, value)
			.orElseThrow(() -> new InvalidValueException(
					"'" + Echo.value(value) + "' is not allowed. Allowed: " + Choice.allowed(type) + "."));
	}

	private static String name(String value) {
		if (value.length() > 63 || !DNS_LABEL.matcher(value).matches()) {
			throw new InvalidValueException("'" + Echo.value(value) + "' is not a valid cluster name: use a "
					+ "DNS-1123 label, lowercase letters, digits and '-', starting and ending with a letter or digit, "
					+ "at most 63 characters (like edge-1).");
		}
		Yaml11PlainScalar.nonStringReading(value)
			.ifPresent((reading) -> notText(value, "a cluster name", reading, "edge-1"));
		return value;
	}

	/** Refuses a name Helm would read as something other than text; see {@link Yaml11PlainScalar}. */
	private static void notText(String value, String what, String reading, String example) {
		throw new InvalidValueException("'" + value + "' cannot be " + what + ": " + Yaml11PlainScalar.rule()
				+ ", so Liqo would get " + reading + " instead of the name. Choose a name YAML reads as text, like "
				+ example + ".");
	}

	private static HostAddress ingressHost(String value) {
		HostAddress host = HostAddress.parse(value);
		if (host.ipv4()) {
			throw new InvalidValueException(
					"must be a DNS name, like liqo-auth.example.com: an Ingress host cannot be an IP address.");
		}
		return host;
	}

	private static String ingressClass(String value) {
		if (value.length() > 253 || !DNS_SUBDOMAIN.matcher(value).matches()) {
			throw new InvalidValueException("'" + Echo.value(value) + "' is not a valid ingress class name: "
					+ "lowercase letters, digits, '-' and '.', like nginx.");
		}
		Yaml11PlainScalar.nonStringReading(value)
			.ifPresent((reading) -> notText(value, "an ingress class", reading, "nginx"));
		return value;
	}

	/** A port in ASCII digits without sign or leading zero; PORT keeps out what parseInt would take. */
	private static Integer port(String value) {
		if (!PORT.matcher(value).matches() || HostAddress.asciiNumber(value) > 65535) {
			throw new InvalidValueException("'" + Echo.value(value) + "' is not a port: a whole number from 1 to "
					+ "65535, in digits 0-9 without a sign or leading zeros.");
		}
		return HostAddress.asciiNumber(value);
	}

}
