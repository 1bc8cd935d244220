package dev.liqowizard.plan;

/** A yes/no answer as spelt in the URL. */
public enum YesNo implements Choice {

	YES("yes"), NO("no");

	private final String value;

	YesNo(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return this.value;
	}

	public boolean isYes() {
		return this == YES;
	}

}
