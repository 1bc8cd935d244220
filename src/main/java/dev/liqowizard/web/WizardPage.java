package dev.liqowizard.web;

import java.util.List;
import java.util.Optional;

/** What the wizard's templates show, read-only: built by {@link WizardController}. */
final class WizardPage {

	private WizardPage() {
	}

	/** An entry of the progress list; a link when the step can be opened. */
	public record StepLink(int number, String label, String url, boolean current) {

	}

	/** A choice of a radio group, marked when the release says it cannot work with the other answers. */
	public record Option(String id, String value, String label, String help, boolean chosen, Optional<String> refusal,
			List<Fix> fixes) {

		public boolean possible() {
			return this.refusal.isEmpty();
		}

	}

	/** A way out of an impossible combination: one change that the release plans. */
	public record Fix(String text, String url) {

	}

	/** An error of the page, said in words, linked to its field. */
	public record SummaryItem(String label, String message, String anchor) {

	}

	/**
	 * A text or choice field whose question may depend on where the cluster runs: one variant per
	 * location it applies to ({@code location} empty for "not chosen yet").
	 */
	public record Field(String parameter, String id, String value, List<Variant> variants, String locations,
			List<Option> choices, String defaults, String dependsOn) {

		public boolean isChoice() {
			return !this.choices.isEmpty();
		}

	}

	/** How a field reads for one location. */
	public record Variant(String location, String label, String help, String howToFind, String status) {

	}

	/** The fields of one cluster on a page that asks about both. */
	public record Group(String title, List<Field> fields) {

	}

	/** A ready-made set of answers: a seed scenario of the Liqo documentation, with every value. */
	public record Example(String title, String summary, String url) {

	}

	/** An entry of a plan page's checklist, with the files it uses. */
	public record ChecklistStep(String text, List<FileLink> files, String anchor, String anchorText) {

	}

	public record FileLink(String name, String url) {

	}

}
