package dev.liqowizard.artifact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A POSIX shell script as a list of lines, with quoting done in one place: every value that comes
 * from the answers enters through the arguments of {@link #line} and is single-quoted there.
 * Templates are the writer's own constant shell text, never user input.
 */
public final class ShellScript {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\$?}");

	private static final Pattern VARIABLE = Pattern.compile("[a-z_][a-z0-9_]*|[A-Z_][A-Z0-9_]*");

	private static final Pattern SAFE_MESSAGE = Pattern.compile("[A-Za-z0-9_ ,.:()/-]+");

	private final List<String> lines = new ArrayList<>();

	private final List<String> indents = new ArrayList<>();

	/** A comment; each line of the text becomes a comment line. */
	public ShellScript comment(String text) {
		for (String line : text.split("\n", -1)) {
			add(line.isEmpty() ? "#" : "# " + oneLine(line));
		}
		return this;
	}

	public ShellScript blank() {
		this.lines.add("");
		return this;
	}

	/**
	 * A line of shell. Each <code>{}</code> in the template takes the next value, single-quoted; each
	 * <code>{$}</code> takes the next name of a shell variable, as {@code "$name"}. Everything else is
	 * the writer's constant shell text, {@code printf} formats included.
	 */
	public ShellScript line(String template, Object... values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		int next = 0;
		while (matcher.find()) {
			if (next >= values.length) {
				throw new IllegalArgumentException("too few values for " + template);
			}
			String value = String.valueOf(values[next++]);
			String replacement = matcher.group().equals("{}") ? quote(value) : variable(value);
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		if (next != values.length) {
			throw new IllegalArgumentException("too many values for " + template);
		}
		add(out.toString());
		return this;
	}

	/**
	 * Stops the script with a message when an environment variable is unset or empty. The message
	 * is constant text of the writer, limited to characters that mean nothing to the shell there.
	 */
	public ShellScript require(String variable, String message) {
		if (!VARIABLE.matcher(variable).matches() || !SAFE_MESSAGE.matcher(message).matches()) {
			throw new IllegalArgumentException("cannot require " + variable + " with message: " + message);
		}
		add(": \"${" + variable + ":?" + message + "}\"");
		return this;
	}

	/** Indents the lines added until {@link #end()}; for the bodies of if, for and functions. */
	public ShellScript begin(String template, Object... values) {
		line(template, values);
		this.indents.add("  ");
		return this;
	}

	/** A line between two blocks, such as {@code else}: one level out, then in again. */
	public ShellScript between(String template, Object... values) {
		this.indents.remove(this.indents.size() - 1);
		line(template, values);
		this.indents.add("  ");
		return this;
	}

	public ShellScript end(String template, Object... values) {
		this.indents.remove(this.indents.size() - 1);
		return line(template, values);
	}

	/** The script, one line each, ending in a newline. */
	public String render() {
		if (!this.indents.isEmpty()) {
			throw new IllegalStateException("a block is still open");
		}
		return String.join("\n", this.lines) + "\n";
	}

	/**
	 * Defines the shell function {@code quote}, which single-quotes its argument exactly as
	 * {@link #quote(String)} does: for values the script reads at run time and prints as shell for
	 * someone to paste. Command substitution drops trailing line breaks, so callers validate first.
	 */
	public ShellScript quoteFunction() {
		comment("Single-quotes a value for sh, as the wizard quotes the values in this file.");
		begin("quote() {");
		add("printf \"'%s'\" \"$(printf '%s' \"$1\" | sed \"s/'/'\\\\\\\\''/g\")\"");
		return end("}");
	}

	/** Single-quotes a value for POSIX sh: nothing inside is interpreted. */
	public static String quote(String value) {
		return "'" + value.replace("'", "'\\''") + "'";
	}

	private static String variable(String name) {
		if (!VARIABLE.matcher(name).matches()) {
			throw new IllegalArgumentException("not a shell variable name: " + name);
		}
		return "\"$" + name + "\"";
	}

	private void add(String line) {
		this.lines.add(String.join("", this.indents) + line);
	}

	private static String oneLine(String text) {
		return text.replace('\r', ' ');
	}

}
