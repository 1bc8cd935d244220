package dev.liqowizard.plan;

import java.util.List;
import java.util.Optional;

/**
 * The single source of truth for one set of answers: scenario, per-cluster exposure, discovery,
 * notes and files' content. The table, the JSON, the files and the diagram are views of it.
 *
 * @param chartVersion the Helm chart version to install
 * @param links every connection the peering needs: who dials, who listens, through what
 * @param operatorSite where the machine that runs the peering commands must be: inside the network
 *     of this cluster (behind its NAT router), or, when empty, anywhere that reaches what the
 *     commands need
 * @param notes notes about the pair as a whole
 * @param limitations what the release cannot do for this setup, said plainly
 * @param warnings answers that are used as given but probably wrong, such as a loopback address
 */
public record Plan(Answers answers, String chartVersion, Scenario scenario, List<ClusterPlan> clusters,
		List<Link> links, Optional<Side> operatorSite, Discovery discovery, List<String> notes, List<String> limitations,
		List<Warning> warnings) {

	public Plan {
		clusters = List.copyOf(clusters);
		links = List.copyOf(links);
		notes = List.copyOf(notes);
		limitations = List.copyOf(limitations);
		warnings = List.copyOf(warnings);
		if (clusters.size() != 2 || clusters.get(0).side() != Side.A || clusters.get(1).side() != Side.B) {
			throw new IllegalArgumentException("a plan has cluster A then cluster B");
		}
	}

	public String release() {
		return this.answers.release();
	}

	public Network network() {
		return this.answers.network();
	}

	public ClusterPlan cluster(Side side) {
		return this.clusters.get(side.ordinal());
	}

	/** The rows of the exposure table, in order. */
	public List<Service> services() {
		return this.clusters.get(0).services().stream().map(ServicePlan::service).toList();
	}

	/** The links of one service (one lane of the diagram), in plan order. */
	public List<Link> links(Service service) {
		return this.links.stream().filter((link) -> link.service() == service).toList();
	}

	/** Whether a NAT router in front of either cluster needs port forwards. */
	public boolean hasPortForwards() {
		return this.clusters.stream().anyMatch((cluster) -> !cluster.portForwards().isEmpty());
	}

	public boolean isComplete() {
		return this.clusters.stream().allMatch(ClusterPlan::isComplete);
	}

}
