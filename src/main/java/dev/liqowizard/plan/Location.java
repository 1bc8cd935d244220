package dev.liqowizard.plan;

/** Where a cluster runs. */
public enum Location implements Choice {

	CLOUD("cloud", "Cloud"),

	ONPREM("onprem", "On-prem"),

	ONPREM_NAT("onprem-nat", "On-prem behind NAT");

	private final String value;

	private final String label;

	Location(String value, String label) {
		this.value = value;
		this.label = label;
	}

	@Override
	public String value() {
		return this.value;
	}

	/** The seed tables' column label, for example "On-prem behind NAT". */
	public String label() {
		return this.label;
	}

}
