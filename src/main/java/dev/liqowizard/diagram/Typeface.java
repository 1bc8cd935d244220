package dev.liqowizard.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide the diagram's words are, so that layouts wrap them to their boxes instead of letting
 * them run over lanes. Widths are DejaVu Sans's (in thousandths of the font size), the widest
 * face of the font stack, so that text laid out for it also fits Arial, Helvetica and Liberation.
 */
final class Typeface {

	/** Advance widths of the printable ASCII characters, from the space (32) to the tilde (126). */
	private static final int[] WIDTHS = { 318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318,
			337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698,
			770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
			611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974,
			634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838 };

	/**
	 * How much wider than its room a line may be before it wraps or is cut: the writer condenses
	 * such a line to its room (SVG textLength), which keeps the font size.
	 */
	static final double SQUEEZE = 1.25;

	/** Bold DejaVu is about this much wider than the regular face. */
	private static final double BOLD = 1.13;

	private static final String ELLIPSIS = "…";

	private Typeface() {
	}

	static double width(String text, int size, boolean bold) {
		double units = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 32 && c <= 126) {
				units += WIDTHS[c - 32];
			}
			else if (c == '·') {
				units += 318;
			}
			else {
				units += 1000;
			}
		}
		return units * size / 1000 * (bold ? BOLD : 1);
	}

	/** The text whole if it fits, else cut with an ellipsis; the description always has it whole. */
	static String fit(String text, int size, boolean bold, double max) {
		if (width(text, size, bold) <= max * SQUEEZE) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && width(cut + ELLIPSIS, size, bold) > max * SQUEEZE) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut.stripTrailing() + ELLIPSIS;
	}

	/**
	 * Breaks text into lines no wider than {@code max}, after spaces, slashes, hyphens and dots; a
	 * word wider than a line on its own is cut with an ellipsis; at most {@code maxLines}, the last
	 * cut if more would be needed.
	 */
	static List<String> wrap(String text, int size, boolean bold, double max, int maxLines) {
		if (!text.matches(".*[ /-].*") && width(text, size, bold) <= max * SQUEEZE) {
			// One word, like an address: condensed a little rather than broken at a dot.
			return List.of(text);
		}
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("(?<=[ /.-])")) {
			String candidate = line + word;
			if (line.length() > 0 && width(candidate.stripTrailing(), size, bold) > max) {
				lines.add(line.toString().strip());
				line.setLength(0);
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString().strip());
		}
		List<String> fitted = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (i == maxLines - 1 && lines.size() > maxLines) {
				fitted.add(fit(String.join(" ", lines.subList(i, lines.size())), size, bold, max));
				break;
			}
			fitted.add(fit(lines.get(i), size, bold, max));
		}
		return fitted;
	}

}
