package dev.liqowizard.plan;

/**
 * Why one parameter cannot be used: its name as in the URL (or {@code query} for the query as a
 * whole) and a sentence that says what is wrong and what is allowed.
 */
public record Problem(String parameter, String message) {

	/** The parameter name used for problems of the query string as a whole. */
	public static final String QUERY = "query";

}
