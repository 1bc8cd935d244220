package dev.liqowizard.liqo;

import java.util.List;
import java.util.Optional;

import dev.liqowizard.artifact.PlanFile;
import dev.liqowizard.artifact.Provenance;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.InvalidAnswersException;
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
	 * The files that install this release for a plan, in the order a user needs them: values
	 * files, install scripts, then the README that ties them together.
	 */
	List<PlanFile> files(Plan plan, Provenance provenance);

	/** One of {@link #files}, by its name in the download URL, built without the others. */
	Optional<PlanFile> file(Plan plan, Provenance provenance, String urlName);

}
