package dev.liqowizard.plan;

/**
 * Makes user input safe to quote inside a problem message: short, printable, one line. Escaping
 * for HTML or JSON is still the job of whoever renders the message.
 */
final class Echo {

	private static final int MAX_VALUE = 40;

	private static final int MAX_PARAMETER = 64;

	private Echo() {
	}

	static String value(String text) {
		return shorten(text, MAX_VALUE);
	}

	static String parameter(String text) {
		return shorten(text, MAX_PARAMETER);
	}

	private static String shorten(String text, int max) {
		StringBuilder out = new StringBuilder();
		text.codePoints().limit(max).forEach((c) -> out.appendCodePoint(isPrintable(c) ? c : '?'));
		if (text.codePointCount(0, text.length()) > max) {
			out.append('…');
		}
		return out.toString();
	}

	private static boolean isPrintable(int c) {
		int type = Character.getType(c);
		return !(Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
				|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED);
	}

}
