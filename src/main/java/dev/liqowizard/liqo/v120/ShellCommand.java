package dev.liqowizard.liqo.v120;

import java.util.ArrayList;
import java.util.List;

import dev.liqowizard.artifact.ShellScript;

/**
 * One long command of a generated script, a flag (with its value) per line. Values go through
 * {@link ShellScript}'s placeholders like any other line, so quoting stays in one place.
 */
final class ShellCommand {

	private record Part(String template, Object[] values) {
	}

	private final String head;

	private final List<Part> parts = new ArrayList<>();

	ShellCommand(String head) {
		this.head = head;
	}

	/** A flag and its value, written with {@link ShellScript#line}'s placeholders. */
	ShellCommand add(String template, Object... values) {
		this.parts.add(new Part(template, values));
		return this;
	}

	void writeTo(ShellScript sh) {
		if (this.parts.isEmpty()) {
			sh.line(this.head);
			return;
		}
		sh.line(this.head + " \\");
		for (int i = 0; i < this.parts.size(); i++) {
			Part part = this.parts.get(i);
			sh.line("  " + part.template() + ((i < this.parts.size() - 1) ? " \\" : ""), part.values());
		}
	}

}
