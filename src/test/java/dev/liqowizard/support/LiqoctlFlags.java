package dev.liqowizard.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real flags of the liqoctl v1.2.0 commands the wizard's scripts run, as data: transcribed
 * from the team's fact sheet ({@code shared/reference/liqo/v1-facts.md}, section 8 over the rest)
 * and checked against the flag registrations of {@code v1.2.0:cmd/liqoctl/cmd/*.go}. liqoctl's
 * hidden kubectl flags ({@code --token}, {@code --server}, ...) are left out on purpose: a script
 * the wizard writes has no business with them.
 */
public final class LiqoctlFlags {

	/** How pflag reads a flag. */
	public enum Kind {

		/** {@code --flag} or {@code --flag=false}; a separate {@code false} word is an argument. */
		BOOLEAN,

		/** {@code --flag value} or {@code --flag=value}; given twice, the last one wins silently. */
		VALUE,

		/** Like VALUE, but each occurrence adds to a list or map. */
		REPEATABLE

	}

	/** One flag: long name without dashes, one-letter shorthand or empty, the allowed values of an enum. */
	public record Flag(String name, String shorthand, Kind kind, List<String> allowed) {

		public boolean isEnum() {
			return !this.allowed.isEmpty();
		}

		public String spelling() {
			return "--" + this.name;
		}

	}

	/**
	 * Flags of which a command needs one (or exactly one): a group of one name is a plainly
	 * required flag.
	 */
	public record Required(List<String> names, boolean exactlyOne, String why) {

	}

	/** A (sub)command by its words after {@code liqoctl}, like {@code install k3s}. */
	public record Command(String path, Map<String, Flag> flags, List<Required> required, boolean takesArguments) {

		public Optional<Flag> flag(String name) {
			return Optional.ofNullable(this.flags.get(name));
		}

		public Optional<Flag> shorthand(String letter) {
			return this.flags.values().stream().filter((flag) -> flag.shorthand().equals(letter)).findFirst();
		}

	}

	// Persistent flags of the root command (facts 2, "Global"; v1.2.0:cmd/liqoctl/cmd/root.go and
	// pkg/liqoctl/factory/factory.go AddFlags). Every command has them.
	private static final List<Flag> GLOBAL = List.of(value("kubeconfig"), value("context"), value("cluster"),
			value("user"), bool("skip-confirm"), bool("verbose", "v"), repeatable("global-labels"),
			repeatable("global-annotations"));

	// -n/--namespace as the Liqo namespace (default liqo): added by AddLiqoNamespaceFlag to install,
	// uninstall, info, peer, unpeer and version (facts 2, 3, 8.1); not on the root command.
	private static final Flag LIQO_NAMESPACE = value("namespace", "n");

	// The other cluster of a two-cluster command (facts 3: peer runs against the consumer and points
	// at the provider; factory.NewForRemote prefixes "remote-" and drops shorthands).
	private static final List<Flag> REMOTE = List.of(value("remote-kubeconfig"), value("remote-context"),
			value("remote-cluster"), value("remote-user"));

	// Two-cluster commands compare both REST configs and stop on "local and remote clusters must be
	// different" (v1.2.0:cmd/liqoctl/cmd/root.go twoClustersPersistentPreRun): without one of these the
	// remote side is the local kubeconfig again.
	private static final Required REMOTE_CLUSTER = new Required(
			List.of("remote-kubeconfig", "remote-context", "remote-cluster"), false,
			"the other cluster, else liqoctl stops with \"local and remote clusters must be different\"");

	// Persistent flags of install, shared by every provider subcommand (facts 2, "Flags shared by all").
	private static final List<Flag> INSTALL_COMMON = List.of(value("version"), value("repo-url"),
			value("local-chart-path"), bool("only-output-values"), value("dump-values-path"), bool("dry-run"),
			value("timeout"), value("cluster-id"), repeatable("cluster-labels"), repeatable("reserved-subnets"),
			repeatable("set"), repeatable("set-string"), repeatable("values"), bool("disable-api-server-sanity-check"),
			bool("skip-validation"), bool("enable-metrics"), bool("disable-telemetry"),
			bool("disable-kernel-version-check"), LIQO_NAMESPACE);

	// Flags of the gateway server and client shared by peer and network connect (facts 3.1, 8.1).
	private static final List<Flag> GATEWAY = List.of(
			enumerated("gw-server-service-type", "LoadBalancer", "NodePort", "ClusterIP"),
			value("gw-server-service-port"), value("gw-server-service-nodeport"),
			value("gw-server-service-loadbalancerip"), value("gw-client-address"), value("gw-client-port"),
			value("mtu"));

	private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

	static {
		// Generic install: its own flags are not inherited by the provider subcommands (facts 2,
		// "Generic-only flags"; 8.2 first row: --pod-cidr and --service-cidr req).
		add("install", false, flags(INSTALL_COMMON, value("api-server-url"), repeatable("pod-cidr"),
				value("service-cidr")), required("pod-cidr"), required("service-cidr"));
		// Facts 2 "Provider-specific flags" and 8.2.
		add("install aks", false,
				flags(INSTALL_COMMON, value("resource-group-name"), value("resource-name"), value("subscription-id"),
						value("subscription-name"), value("vnet-resource-group-name"), value("fqdn"),
						bool("private-link"), repeatable("pod-cidr")),
				required("resource-group-name"), required("resource-name"),
				new Required(List.of("subscription-id", "subscription-name"), false, "the Azure subscription"));
		add("install eks", false,
				flags(INSTALL_COMMON, value("eks-cluster-region"), value("eks-cluster-name"), value("user-name"),
						value("policy-name"), value("access-key-id"), value("secret-access-key")),
				required("eks-cluster-region"), required("eks-cluster-name"));
		// gke's own --cluster-id (the GKE cluster's name, required) shadows the common one (facts 2, 7).
		add("install gke", false,
				flags(INSTALL_COMMON, value("credentials-path"), value("project-id"), value("cluster-id"),
						value("zone"), value("region")),
				required("credentials-path"), required("project-id"), required("cluster-id"),
				new Required(List.of("zone", "region"), true, "where the GKE cluster runs"));
		add("install k3s", false,
				flags(INSTALL_COMMON, value("api-server-url"), repeatable("pod-cidr"), value("service-cidr")));
		add("install kind", false, flags(INSTALL_COMMON));
		add("install kubeadm", false, flags(INSTALL_COMMON));
		add("install openshift", false, flags(INSTALL_COMMON));

		// Facts 3, 3.1, 8.1; v1.2.0:cmd/liqoctl/cmd/peer.go. Peer takes no arguments (cobra.NoArgs).
		add("peer", false,
				flags(join(GATEWAY, REMOTE), value("timeout"), bool("skip-validation"), LIQO_NAMESPACE,
						value("remote-namespace"), bool("networking-disabled"),
						enumerated("gw-server-service-location", "Provider", "Consumer"),
						bool("create-resource-slice"), value("resource-slice-class"), bool("in-band"),
						value("proxy-url"), bool("create-virtual-node"), value("cpu"), value("memory"),
						value("pods"), repeatable("resource")),
				REMOTE_CLUSTER);
		// Facts 3.4, 8.1; v1.2.0:cmd/liqoctl/cmd/unpeer.go.
		add("unpeer", false, flags(REMOTE, value("timeout"), bool("wait"), bool("delete-namespaces"), LIQO_NAMESPACE,
				value("remote-namespace")), REMOTE_CLUSTER);
		// Facts 8.1: own flags --purge, --timeout; v1.2.0:cmd/liqoctl/cmd/uninstall.go.
		add("uninstall", false, flags(List.of(), bool("purge"), value("timeout"), LIQO_NAMESPACE));
		// Facts 8.1 "Checks"; v1.2.0:cmd/liqoctl/cmd/info.go: persistent on info, so info peer has them
		// too; info peer takes cluster IDs as arguments.
		List<Flag> info = List.of(LIQO_NAMESPACE, bool("verbose", "v"), new Flag("output", "o", Kind.VALUE, List.of("json", "yaml")),
				value("get", "g"));
		add("info", false, flags(info));
		add("info peer", true, flags(info));
		// Facts 3.2, 8.1: here -n is the namespace of the network resources and the Liqo namespace is
		// --liqo-namespace; no --gw-server-service-location, --in-band or --networking-disabled.
		add("network connect", false,
				flags(join(GATEWAY, REMOTE), value("timeout"), bool("wait"), bool("skip-validation"),
						value("namespace", "n"), value("remote-namespace"), value("liqo-namespace"),
						value("remote-liqo-namespace"), value("gw-server-type"), value("gw-server-template-name"),
						value("gw-server-template-namespace"), value("gw-client-type"),
						value("gw-client-template-name"), value("gw-client-template-namespace"),
						bool("disable-sharing-keys")),
				REMOTE_CLUSTER);
		// Facts 8.1 teardown order starts with it; v1.2.0:cmd/liqoctl/cmd/unoffload.go: namespace names as
		// arguments or --ns-selector.
		add("unoffload namespace", true, flags(List.of(), value("ns-selector"), value("timeout")));
		// v1.2.0:cmd/liqoctl/cmd/version.go, for scripts that check the client's version.
		add("version", false, flags(List.of(), bool("client"), LIQO_NAMESPACE));
	}

	// Commands that ask "are you sure?" unless --skip-confirm (facts 8.1 for uninstall;
	// v1.2.0:cmd/liqoctl/cmd/unoffload.go AskConfirm): in a script they wait for an answer.
	private static final List<String> ASK_CONFIRMATION = List.of("uninstall", "unoffload namespace");

	// Flags that cannot go together: --in-band reaches the provider through the tunnel, which
	// --networking-disabled does not build (facts 3.4, 8.4).
	private static final List<Conflict> CONFLICTS = List.of(new Conflict("peer", "in-band", "networking-disabled",
			"--in-band reaches the provider's API through the tunnel, which --networking-disabled leaves out"));

	/** Two flags of a command that do not work together. */
	public record Conflict(String command, String first, String second, String why) {

	}

	private LiqoctlFlags() {
	}

	/** Whether the command waits for a confirmation unless {@code --skip-confirm} is given. */
	public static boolean asksConfirmation(String path) {
		return ASK_CONFIRMATION.contains(path);
	}

	public static List<Conflict> conflicts(String path) {
		return CONFLICTS.stream().filter((conflict) -> conflict.command().equals(path)).toList();
	}

	/** The command at these words after {@code liqoctl}, like {@code info peer}. */
	public static Optional<Command> command(String path) {
		return Optional.ofNullable(COMMANDS.get(path));
	}

	/** Every command of the table, by path, in the order above. */
	public static List<String> paths() {
		return List.copyOf(COMMANDS.keySet());
	}

	/** Whether some command of the table starts with these words, like {@code install} or {@code network}. */
	public static boolean isPrefix(String words) {
		return COMMANDS.keySet().stream().anyMatch((path) -> path.equals(words) || path.startsWith(words + " "));
	}

	/** The commands that do have a flag, to say where a misplaced flag belongs. */
	public static List<String> commandsWith(String name) {
		return COMMANDS.values().stream().filter((command) -> command.flags().containsKey(name)).map(Command::path)
			.toList();
	}

	/** The global flags, then the shared ones, then the command's own: a later flag shadows an earlier one. */
	private static Map<String, Flag> flags(List<Flag> shared, Flag... own) {
		Map<String, Flag> flags = new LinkedHashMap<>();
		GLOBAL.forEach((flag) -> flags.put(flag.name(), flag));
		shared.forEach((flag) -> flags.put(flag.name(), flag));
		for (Flag flag : own) {
			flags.put(flag.name(), flag);
		}
		return flags;
	}

	private static List<Flag> join(List<Flag> first, List<Flag> second) {
		List<Flag> joined = new ArrayList<>(first);
		joined.addAll(second);
		return joined;
	}

	private static void add(String path, boolean takesArguments, Map<String, Flag> flags, Required... required) {
		for (Required group : required) {
			for (String name : group.names()) {
				if (!flags.containsKey(name)) {
					throw new IllegalStateException(path + " requires --" + name + " but does not have it");
				}
			}
		}
		COMMANDS.put(path, new Command(path, Map.copyOf(flags), List.of(required), takesArguments));
	}

	private static Required required(String name) {
		return new Required(List.of(name), false, "");
	}

	private static Flag bool(String name) {
		return bool(name, "");
	}

	private static Flag bool(String name, String shorthand) {
		return new Flag(name, shorthand, Kind.BOOLEAN, List.of());
	}

	private static Flag value(String name) {
		return value(name, "");
	}

	private static Flag value(String name, String shorthand) {
		return new Flag(name, shorthand, Kind.VALUE, List.of());
	}

	private static Flag repeatable(String name) {
		return new Flag(name, "", Kind.REPEATABLE, List.of());
	}

	private static Flag enumerated(String name, String... allowed) {
		return new Flag(name, "", Kind.VALUE, List.of(allowed));
	}

}
