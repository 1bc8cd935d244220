package dev.liqowizard.plan;

/** Direction of offloading; only releases with one-way peerings (v1.x) use it. */
public enum Peering implements Choice {

	A_TO_B("a-to-b"), B_TO_A("b-to-a"), BOTH("both");

	private final String value;

	Peering(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return this.value;
	}

}
