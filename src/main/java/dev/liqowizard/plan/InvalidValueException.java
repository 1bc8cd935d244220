package dev.liqowizard.plan;

/**
 * A value that cannot be used, with a message written for people. Only these messages reach a
 * page: any other exception's text (a library's "For input string") stays out of sight.
 */
public final class InvalidValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public InvalidValueException(String message) {
		super(message);
	}

}
