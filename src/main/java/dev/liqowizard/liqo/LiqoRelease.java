package dev.liqowizard.liqo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.InvalidAnswersException;
import dev.liqowizard.plan.Parameters;
import dev.liqowizard.plan.Peering;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Refinement;

/**
 * Everything that differs between Liqo releases: the rules that turn answers into a plan, and
 * the writers of that release's files. Adding a release is adding an implementation.
 */
public interface LiqoRelease {

	/** The value of the {@code liqo} parameter, like {@code v0.3.2}. */
	String version();

	/**
	 * The URL parameters plans of this release use, by key ({@code peering}, or {@code address}
	 * for both {@code a.address} and {@code b.address}); a plan refuses the others.
	 */
	default Set<String> parameterKeys() {
		return Parameters.keys();
	}

	/**
	 * The directions a peering of this release can take, for the wizard to ask; empty when a
	 * peering has no direction (v0.3.2, where both clusters may offload to each other).
	 */
	default List<Peering> peeringDirections() {
		return List.of();
	}

	/**
	 * Plans the answers for this release.
	 * @throws InvalidAnswersException when the answers cannot work with this release, each
	 * problem saying what fails and what to change
	 */
	Plan plan(Answers answers);

	/**
	 * The refinement questions that make sense for these answers, cluster A's first; a refinement
	 * not listed here is refused by {@link #plan}.
	 */
	List<Refinement> refinements(Answers answers);

	/**
	 * The URL names of this release's own files, in the order a user needs them: values files,
	 * install scripts, then the README that ties them together. The diagram and the bundle are
	 * added for every release by the download assembly.
	 */
	List<String> fileNames();

	/**
	 * Why a file that other releases offer is not part of this release's plans, in plain words,
	 * for the page a download of it answers with; empty when the release has nothing to say.
	 */
	default Optional<String> whyNoFile(String urlName) {
		return Optional.empty();
	}

	/** One of {@link #fileNames}, built without the others; empty for a name the release lacks. */
	Optional<PlanFile> file(Plan plan, Provenance provenance, String urlName);

}
