package dev.liqowizard.plan;

/** One of the two clusters the user peers; A is always the left column. */
public enum Side {

	A("a", "Cluster A"), B("b", "Cluster B");

	private final String id;

	private final String title;

	Side(String id, String title) {
		this.id = id;
		this.title = title;
	}

	/** The parameter prefix and JSON id: {@code a} or {@code b}. */
	public String id() {
		return this.id;
	}

	/** "Cluster A" or "Cluster B", as in the seed tables. */
	public String title() {
		return this.title;
	}

	public Side other() {
		return (this == A) ? B : A;
	}

	/** The name of one of this cluster's parameters, for example {@code a.location}. */
	public String parameter(String field) {
		return this.id + "." + field;
	}

}
