package dev.liqowizard.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.liqowizard.support.LiqoctlFlags.Command;
import dev.liqowizard.support.LiqoctlFlags.Flag;
import dev.liqowizard.support.LiqoctlFlags.Kind;
import dev.liqowizard.support.LiqoctlFlags.Required;

/**
 * Finds every {@code liqoctl} command a POSIX shell script runs and judges it against
 * {@link LiqoctlFlags}: flags of that (sub)command only, booleans with {@code =}, enum values in
 * their exact case, required flags present, {@code --version v1.2.0} on install. The script is
 * read as the shell reads it (quotes, line continuations, comments, command substitutions, here
 * documents), so {@code liqoctl} in a {@code printf} text or a comment is not a command.
 */
public final class LiqoctlCommands {

	/** The words pflag reads as a boolean ({@code strconv.ParseBool}). */
	private static final Set<String> BOOLEANS = Set.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE",
			"false", "False");

	/** Words that may stand before a command without being it. */
	private static final Set<String> PREFIXES = Set.of("if", "then", "else", "elif", "while", "until", "do", "!", "{",
			"time", "exec");

	private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

	private static final String RELEASE = "v1.2.0";

	private LiqoctlCommands() {
	}

	/** What is wrong with one command: where, which command, and what to change. */
	public record Problem(String script, int line, String command, String message) {

		@Override
		public String toString() {
			return this.script + ":" + this.line + ": liqoctl " + this.command + ": " + this.message;
		}

	}

	/** A piece of a shell word: literal text, or an expansion kept as written ({@code $x}, {@code $(...)}). */
	record Part(String text, boolean literal) {

	}

	/** A shell word after quote removal, with the line it starts on. */
	public record Word(List<Part> parts, int line) {

		public String text() {
			return this.parts.stream().map(Part::text).collect(Collectors.joining());
		}

		public boolean literal() {
			return this.parts.stream().allMatch(Part::literal);
		}

		/** The name of the variable when the whole word is one, like {@code "$mode"}. */
		Optional<String> variable() {
			List<Part> written = this.parts.stream().filter((part) -> !part.text().isEmpty()).toList();
			if (written.size() != 1 || written.get(0).literal()) {
				return Optional.empty();
			}
			Matcher matcher = VARIABLE.matcher(written.get(0).text());
			return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
		}

		/** The rest of the word from a character index on, literal parts kept literal. */
		Word from(int index) {
			List<Part> rest = new ArrayList<>();
			int start = 0;
			for (Part part : this.parts) {
				int end = start + part.text().length();
				if (end > index) {
					rest.add(new Part(part.text().substring(Math.max(0, index - start)), part.literal()));
				}
				start = end;
			}
			return new Word(rest, this.line);
		}

		/** The text up to the first literal {@code =}, and whether that prefix is all literal. */
		int literalEquals() {
			int offset = 0;
			for (Part part : this.parts) {
				if (!part.literal()) {
					return -1;
				}
				int equals = part.text().indexOf('=');
				if (equals >= 0) {
					return offset + equals;
				}
				offset += part.text().length();
			}
			return -1;
		}

		static Word literal(String text, int line) {
			return new Word(List.of(new Part(text, true)), line);
		}

	}

	/** One {@code liqoctl} command: the line of the word {@code liqoctl} and the words after it. */
	public record Invocation(int line, List<Word> arguments) {

		public String text() {
			return "liqoctl " + this.arguments.stream().map(Word::text).collect(Collectors.joining(" "));
		}

	}

	/** Every {@code liqoctl} command of a script, in the order of their lines. */
	public static List<Invocation> invocations(String script) {
		List<Invocation> found = new ArrayList<>();
		for (List<Word> command : new Lexer(script).commands()) {
			int first = commandStart(command);
			if (first < command.size() && command.get(first).literal()
					&& command.get(first).text().equals("liqoctl")) {
				found.add(new Invocation(command.get(first).line(), command.subList(first + 1, command.size())));
			}
		}
		found.sort(Comparator.comparingInt(Invocation::line));
		return found;
	}

	/** The problems of every {@code liqoctl} command of a script; empty when all are right. */
	public static List<Problem> check(String scriptName, String script) {
		Map<String, List<Word>> assignments = assignments(new Lexer(script).commands());
		Set<Problem> problems = new LinkedHashSet<>();
		for (Invocation invocation : invocations(script)) {
			for (Invocation variant : variants(invocation, assignments)) {
				problems.addAll(new Judgement(scriptName, variant, assignments).problems());
			}
		}
		return List.copyOf(problems);
	}

	/**
	 * The command once for each flag a variable may name ({@code "$location_flag"} set to
	 * {@code --zone} in one branch and {@code --region} in another), so that each is judged as run.
	 */
	private static List<Invocation> variants(Invocation invocation, Map<String, List<Word>> assignments) {
		List<List<Word>> variants = new ArrayList<>();
		variants.add(new ArrayList<>());
		for (Word word : invocation.arguments()) {
			List<Word> flags = word.variable()
				.map((name) -> assignments.getOrDefault(name, List.of()))
				.filter((assigned) -> !assigned.isEmpty()
						&& assigned.stream().allMatch((value) -> value.literal() && value.text().startsWith("-")))
				.orElse(List.of());
			List<Word> choices = flags.isEmpty() ? List.of(word)
					: flags.stream().map((flag) -> Word.literal(flag.text(), word.line())).distinct().toList();
			List<List<Word>> next = new ArrayList<>();
			for (List<Word> variant : variants) {
				for (Word choice : choices) {
					List<Word> longer = new ArrayList<>(variant);
					longer.add(choice);
					next.add(longer);
				}
			}
			if (next.size() > 64) {
				throw new IllegalStateException("too many flags from variables on line " + invocation.line());
			}
			variants = next;
		}
		return variants.stream().map((arguments) -> new Invocation(invocation.line(), arguments)).toList();
	}

	/** The index of the command word: after keywords such as {@code if} and variable assignments. */
	private static int commandStart(List<Word> command) {
		int index = 0;
		while (index < command.size()) {
			Word word = command.get(index);
			String text = word.text();
			boolean assignment = word.parts().get(0).literal() && ASSIGNMENT.matcher(text).lookingAt()
					&& word.literalEquals() > 0;
			boolean builtin = text.equals("command") && index + 1 < command.size()
					&& !command.get(index + 1).text().startsWith("-");
			if (!(word.literal() && PREFIXES.contains(text)) && !assignment && !builtin) {
				break;
			}
			index++;
		}
		return index;
	}

	/** The values each shell variable is set to by a plain assignment ({@code mode='NodePort'}). */
	private static Map<String, List<Word>> assignments(List<List<Word>> commands) {
		Map<String, List<Word>> assignments = new HashMap<>();
		for (List<Word> command : commands) {
			if (commandStart(command) != command.size()) {
				continue;
			}
			for (Word word : command) {
				int equals = word.literalEquals();
				if (equals > 0 && ASSIGNMENT.matcher(word.text()).lookingAt()) {
					assignments.computeIfAbsent(word.text().substring(0, equals), (name) -> new ArrayList<>())
						.add(word.from(equals + 1));
				}
			}
		}
		return assignments;
	}

	/** The judgement of one command. */
	private static final class Judgement {

		private final String script;

		private final Invocation invocation;

		private final Map<String, List<Word>> assignments;

		private final List<Problem> problems = new ArrayList<>();

		private String path = "";

		Judgement(String script, Invocation invocation, Map<String, List<Word>> assignments) {
			this.script = script;
			this.invocation = invocation;
			this.assignments = assignments;
		}

		List<Problem> problems() {
			List<Word> words = this.invocation.arguments();
			List<Word> rest = new ArrayList<>();
			boolean inPath = true;
			for (int i = 0; i < words.size(); i++) {
				Word word = words.get(i);
				String text = word.text();
				String candidate = this.path.isEmpty() ? text : this.path + " " + text;
				if (inPath && !text.startsWith("-") && word.literal() && LiqoctlFlags.isPrefix(candidate)) {
					this.path = candidate;
					continue;
				}
				rest.add(word);
				if (text.startsWith("-")) {
					// A flag before the subcommand, like liqoctl --kubeconfig a.yaml peer: skip its value.
					if (word.literalEquals() < 0 && takesValueSomewhere(text) && i + 1 < words.size()) {
						rest.add(words.get(++i));
					}
				}
				else {
					inPath = false;
				}
			}
			Optional<Command> command = LiqoctlFlags.command(this.path);
			if (command.isEmpty()) {
				String what = this.path.isEmpty() ? (rest.isEmpty() ? "" : rest.get(0).text()) : this.path;
				report(this.invocation.line(), "\"" + what + "\" is not a liqoctl " + RELEASE
						+ " command this check knows (" + String.join(", ", LiqoctlFlags.paths()) + ")");
				return this.problems;
			}
			judge(command.get(), rest);
			return this.problems;
		}

		private void judge(Command command, List<Word> words) {
			Map<String, Integer> seen = new HashMap<>();
			boolean onlyArguments = false;
			for (int i = 0; i < words.size(); i++) {
				Word word = words.get(i);
				String text = word.text();
				if (onlyArguments || !text.startsWith("-") || text.equals("-")) {
					if (!command.takesArguments()) {
						report(word.line(), "unexpected argument " + text + ": liqoctl " + command.path()
								+ " takes none, so cobra stops here");
					}
					continue;
				}
				if (text.equals("--")) {
					onlyArguments = true;
					continue;
				}
				boolean isLong = text.startsWith("--");
				int equals = word.literalEquals();
				String spelling = (equals < 0) ? text : text.substring(0, equals);
				Word inline = (equals < 0) ? null : word.from(equals + 1);
				Optional<Flag> found;
				if (isLong) {
					found = command.flag(spelling.substring(2));
				}
				else {
					String letter = text.substring(1, 2);
					found = command.shorthand(letter);
					if (found.isPresent() && equals < 0 && text.length() > 2) {
						if (found.get().kind() == Kind.BOOLEAN) {
							report(word.line(), text + ": write each short flag on its own");
							continue;
						}
						inline = word.from(2);
					}
					spelling = "-" + letter;
				}
				if (found.isEmpty()) {
					report(word.line(), unknown(command, spelling));
					// Skip the value a misspelt value flag most likely has, so that it is reported once.
					if (inline == null && i + 1 < words.size() && !words.get(i + 1).text().startsWith("-")
							&& !knownBoolean(spelling)) {
						i++;
					}
					continue;
				}
				Flag flag = found.get();
				int count = seen.merge(flag.name(), 1, Integer::sum);
				if (count == 2 && flag.kind() != Kind.REPEATABLE) {
					report(word.line(), flag.spelling() + " is given more than once; liqoctl keeps only the last");
				}
				if (flag.kind() == Kind.BOOLEAN) {
					if (inline != null) {
						checkValue(command, flag, inline, BOOLEANS.stream().sorted().toList(), "a boolean");
					}
					else if (i + 1 < words.size() && words.get(i + 1).literal()
							&& BOOLEANS.contains(words.get(i + 1).text())) {
						String value = words.get(++i).text();
						report(word.line(), spelling + " " + value + ": cobra reads " + value
								+ " as an argument, not as the flag's value; write " + flag.spelling() + "=" + value);
					}
					continue;
				}
				Word value = inline;
				if (value == null) {
					if (i + 1 >= words.size()) {
						report(word.line(), spelling + " needs a value");
						continue;
					}
					if (words.get(i + 1).text().startsWith("--")) {
						report(word.line(), spelling + " needs a value, but the next word is the flag "
								+ words.get(i + 1).text());
						continue;
					}
					value = words.get(++i);
				}
				if (flag.isEnum()) {
					checkValue(command, flag, value, flag.allowed(), "one of " + String.join(", ", flag.allowed()));
				}
				if (flag.name().equals("version") && command.path().startsWith("install")) {
					checkVersion(flag, value);
				}
			}
			for (Required group : command.required()) {
				checkRequired(command, group, seen);
			}
			for (LiqoctlFlags.Conflict conflict : LiqoctlFlags.conflicts(command.path())) {
				if (seen.containsKey(conflict.first()) && seen.containsKey(conflict.second())) {
					report(this.invocation.line(),
							"--" + conflict.first() + " and --" + conflict.second() + " do not go together: " + conflict.why());
				}
			}
			if (command.path().startsWith("install") && !seen.containsKey("version")) {
				report(this.invocation.line(), "missing --version " + RELEASE
						+ ": without it liqoctl installs the chart of its own version");
			}
			if (LiqoctlFlags.asksConfirmation(command.path()) && !seen.containsKey("skip-confirm")) {
				report(this.invocation.line(),
						"missing --skip-confirm: liqoctl " + command.path() + " waits for a confirmation a script cannot give");
			}
		}

		private void checkRequired(Command command, Required group, Map<String, Integer> seen) {
			long given = group.names().stream().filter(seen::containsKey).count();
			String names = group.names().stream().map((name) -> "--" + name).collect(Collectors.joining(", "));
			String why = group.why().isEmpty() ? "" : " (" + group.why() + ")";
			if (group.names().size() == 1 && given == 0) {
				report(this.invocation.line(), "missing " + names + ", which liqoctl " + command.path() + " requires");
			}
			else if (group.names().size() > 1 && given == 0) {
				report(this.invocation.line(), "needs " + (group.exactlyOne() ? "exactly " : "") + "one of " + names + why);
			}
			else if (group.exactlyOne() && given > 1) {
				report(this.invocation.line(), "takes only one of " + names + why);
			}
		}

		private void checkValue(Command command, Flag flag, Word value, List<String> allowed, String expected) {
			for (String literal : literals(value).orElse(List.of())) {
				if (allowed.contains(literal)) {
					continue;
				}
				Optional<String> sameLetters = allowed.stream().filter(literal::equalsIgnoreCase).findFirst();
				String where = value.literal() ? "" : " (the value of " + value.text() + ")";
				if (sameLetters.isPresent()) {
					report(value.line(), flag.spelling() + " " + literal + where + ": values are case-sensitive, write "
							+ sameLetters.get());
				}
				else {
					report(value.line(), flag.spelling() + " " + literal + where + " is not allowed: liqoctl "
							+ command.path() + " takes " + expected);
				}
			}
		}

		private void checkVersion(Flag flag, Word value) {
			Optional<List<String>> literals = literals(value);
			if (literals.isEmpty()) {
				report(value.line(), flag.spelling() + " " + value.text() + ": write " + RELEASE
						+ ", or a variable this script sets to it");
				return;
			}
			for (String literal : literals.get()) {
				if (!literal.equals(RELEASE)) {
					report(value.line(), flag.spelling() + " " + literal + ": write " + RELEASE
							+ " (liqoctl takes anything but v and a version as a git commit)");
				}
			}
		}

		/** The literal values a word can have: itself, or what the script assigns to its variable. */
		private Optional<List<String>> literals(Word value) {
			if (value.literal()) {
				return Optional.of(List.of(value.text()));
			}
			Optional<String> name = value.variable();
			if (name.isEmpty() || !this.assignments.containsKey(name.get())) {
				return Optional.empty();
			}
			List<Word> assigned = this.assignments.get(name.get());
			if (!assigned.stream().allMatch(Word::literal)) {
				return Optional.empty();
			}
			return Optional.of(assigned.stream().map(Word::text).distinct().toList());
		}

		private String unknown(Command command, String spelling) {
			String name = spelling.startsWith("--") ? spelling.substring(2) : spelling;
			List<String> elsewhere = LiqoctlFlags.commandsWith(name);
			String message = spelling + " is not a flag of liqoctl " + command.path();
			if (!elsewhere.isEmpty()) {
				return message + " (only of liqoctl " + String.join(", liqoctl ", elsewhere) + ")";
			}
			return message;
		}

		private static boolean takesValueSomewhere(String spelling) {
			return LiqoctlFlags.paths().stream().map((path) -> LiqoctlFlags.command(path).orElseThrow())
				.anyMatch((command) -> (spelling.startsWith("--") ? command.flag(spelling.substring(2))
						: command.shorthand(spelling.substring(1))).map((flag) -> flag.kind() != Kind.BOOLEAN)
					.orElse(false));
		}

		private static boolean knownBoolean(String spelling) {
			String name = spelling.startsWith("--") ? spelling.substring(2) : spelling;
			return LiqoctlFlags.paths().stream().map((path) -> LiqoctlFlags.command(path).orElseThrow())
				.anyMatch((command) -> command.flag(name).map((flag) -> flag.kind() == Kind.BOOLEAN).orElse(false));
		}

		private void report(int line, String message) {
			this.problems.add(new Problem(this.script, line, this.path, message));
		}

	}

	/**
	 * Splits a script into simple commands as {@code sh} does, far enough to tell commands from
	 * text: quotes, escapes and line continuations, comments, separators ({@code ; & | ( )} and new
	 * lines), redirections, {@code $(...)} and backquotes (whose commands are commands too),
	 * {@code ${...}} and here documents (whose bodies are text).
	 */
	private static final class Lexer {

		private final String source;

		private final List<List<Word>> commands = new ArrayList<>();

		private final List<String[]> hereDocuments = new ArrayList<>();

		private int position;

		private int line = 1;

		Lexer(String source) {
			this.source = source;
		}

		List<List<Word>> commands() {
			if (this.position == 0 && this.commands.isEmpty()) {
				parse((char) 0);
			}
			return this.commands;
		}

		/** Reads commands until the end, or until the terminator of a substitution. */
		private void parse(char terminator) {
			List<Word> words = new ArrayList<>();
			List<Part> parts = null;
			int wordLine = this.line;
			boolean dropNextWord = false;
			int parentheses = 0;
			while (this.position < this.source.length()) {
				char c = this.source.charAt(this.position);
				boolean ends = c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '('
						|| c == ')' || c == '<' || c == '>' || c == terminator;
				if (ends && parts != null) {
					boolean fileDescriptor = (c == '<' || c == '>') && parts.size() == 1 && parts.get(0).literal()
							&& parts.get(0).text().matches("[0-9]+");
					if (!dropNextWord && !fileDescriptor) {
						words.add(new Word(List.copyOf(parts), wordLine));
					}
					dropNextWord = false;
					parts = null;
				}
				if (c == terminator && (terminator == '`' || parentheses == 0)) {
					this.position++;
					finish(words);
					return;
				}
				if (c == ' ' || c == '\t') {
					this.position++;
				}
				else if (c == '\n') {
					this.position++;
					finish(words);
					words = new ArrayList<>();
					this.line++;
					skipHereDocuments();
				}
				else if (c == ';' || c == '&' || c == '|' || c == '(' || c == ')') {
					this.position++;
					finish(words);
					words = new ArrayList<>();
					if (c == '(') {
						parentheses++;
					}
					else if (c == ')' && parentheses > 0) {
						parentheses--;
					}
				}
				else if (c == '<' || c == '>') {
					dropNextWord = redirection();
				}
				else if (c == '\\' && this.source.startsWith("\n", this.position + 1)) {
					this.position += 2;
					this.line++;
				}
				else if (c == '#' && parts == null) {
					while (this.position < this.source.length() && this.source.charAt(this.position) != '\n') {
						this.position++;
					}
				}
				else {
					if (parts == null) {
						parts = new ArrayList<>();
						wordLine = this.line;
					}
					wordPart(parts);
				}
			}
			if (parts != null && !dropNextWord) {
				words.add(new Word(List.copyOf(parts), wordLine));
			}
			finish(words);
		}

		private void finish(List<Word> words) {
			if (!words.isEmpty()) {
				this.commands.add(List.copyOf(words));
			}
		}

		/** One piece of a word at the position: a quoted string, an expansion, or a plain character. */
		private void wordPart(List<Part> parts) {
			char c = this.source.charAt(this.position);
			if (c == '\\') {
				if (this.position + 1 < this.source.length() && this.source.charAt(this.position + 1) == '\n') {
					this.line++;
				}
				else if (this.position + 1 < this.source.length()) {
					parts.add(new Part(String.valueOf(this.source.charAt(this.position + 1)), true));
				}
				this.position += 2;
			}
			else if (c == '\'') {
				int end = this.source.indexOf('\'', this.position + 1);
				if (end < 0) {
					throw new IllegalArgumentException("unterminated ' on line " + this.line);
				}
				String text = this.source.substring(this.position + 1, end);
				this.line += (int) text.chars().filter((ch) -> ch == '\n').count();
				parts.add(new Part(text, true));
				this.position = end + 1;
			}
			else if (c == '"') {
				this.position++;
				doubleQuoted(parts);
			}
			else if (c == '$' || c == '`') {
				expansion(parts);
			}
			else {
				parts.add(new Part(String.valueOf(c), true));
				this.position++;
			}
		}

		private void doubleQuoted(List<Part> parts) {
			parts.add(new Part("", true));
			while (this.position < this.source.length()) {
				char c = this.source.charAt(this.position);
				if (c == '"') {
					this.position++;
					return;
				}
				if (c == '\\' && this.position + 1 < this.source.length()) {
					char next = this.source.charAt(this.position + 1);
					if (next == '\n') {
						this.line++;
					}
					else {
						parts.add(new Part(("$`\"\\".indexOf(next) >= 0) ? String.valueOf(next) : "\\" + next, true));
					}
					this.position += 2;
				}
				else if (c == '$' || c == '`') {
					expansion(parts);
				}
				else {
					if (c == '\n') {
						this.line++;
					}
					parts.add(new Part(String.valueOf(c), true));
					this.position++;
				}
			}
			throw new IllegalArgumentException("unterminated \" on line " + this.line);
		}

		/** {@code $name}, {@code ${...}}, {@code $((...))}, {@code $(...)} or a backquoted command. */
		private void expansion(List<Part> parts) {
			int start = this.position;
			char c = this.source.charAt(this.position);
			if (c == '`') {
				this.position++;
				parse('`');
			}
			else if (this.source.startsWith("$((", this.position)) {
				skipBalanced('(', ')', this.position + 1);
			}
			else if (this.source.startsWith("$(", this.position)) {
				this.position += 2;
				parse(')');
			}
			else if (this.source.startsWith("${", this.position)) {
				skipBalanced('{', '}', this.position + 1);
			}
			else {
				this.position++;
				if (this.position < this.source.length() && "@*#?-$!0123456789".indexOf(this.source.charAt(this.position)) >= 0) {
					this.position++;
				}
				else {
					while (this.position < this.source.length()
							&& (Character.isLetterOrDigit(this.source.charAt(this.position))
									|| this.source.charAt(this.position) == '_')) {
						this.position++;
					}
				}
				if (this.position == start + 1) {
					parts.add(new Part("$", true));
					return;
				}
			}
			parts.add(new Part(this.source.substring(start, this.position), false));
		}

		private void skipBalanced(char open, char close, int from) {
			int depth = 0;
			int index = from;
			while (index < this.source.length()) {
				char c = this.source.charAt(index);
				if (c == '\n') {
					this.line++;
				}
				if (c == open) {
					depth++;
				}
				else if (c == close && --depth == 0) {
					break;
				}
				index++;
			}
			this.position = Math.min(index + 1, this.source.length());
		}

		/**
		 * A redirection operator, and whether a target word follows it. A here document's delimiter
		 * is read here and its body skipped at the end of the line.
		 */
		private boolean redirection() {
			if (this.source.startsWith("<<", this.position)) {
				this.position += 2;
				boolean stripTabs = this.position < this.source.length() && this.source.charAt(this.position) == '-';
				if (stripTabs) {
					this.position++;
				}
				while (this.position < this.source.length() && this.source.charAt(this.position) == ' ') {
					this.position++;
				}
				List<Part> delimiter = new ArrayList<>();
				while (this.position < this.source.length() && " \t\n;&|<>()".indexOf(this.source.charAt(this.position)) < 0) {
					wordPart(delimiter);
				}
				this.hereDocuments.add(new String[] { new Word(delimiter, this.line).text(), String.valueOf(stripTabs) });
				return false;
			}
			this.position++;
			while (this.position < this.source.length() && "<>&|".indexOf(this.source.charAt(this.position)) >= 0) {
				this.position++;
			}
			return true;
		}

		private void skipHereDocuments() {
			for (String[] document : this.hereDocuments) {
				boolean stripTabs = Boolean.parseBoolean(document[1]);
				while (this.position < this.source.length()) {
					int end = this.source.indexOf('\n', this.position);
					String text = this.source.substring(this.position, (end < 0) ? this.source.length() : end);
					this.position = (end < 0) ? this.source.length() : end + 1;
					this.line++;
					if ((stripTabs ? text.replaceFirst("^\t+", "") : text).equals(document[0])) {
						break;
					}
				}
			}
			this.hereDocuments.clear();
		}

	}

}
