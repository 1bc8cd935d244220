package dev.liqowizard.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** An answer with a fixed set of values, each spelt in the URL by {@link #value()}. */
public interface Choice {

	/** The spelling in the URL and the JSON. */
	String value();

	static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter((choice) -> choice.value().equals(value)).findFirst();
	}

	/** Every value of a choice, in the URL's spelling, in declaration order. */
	static List<String> values(Class<? extends Choice> type) {
		return Arrays.stream(type.getEnumConstants()).map(Choice::value).toList();
	}

	static <E extends Enum<E> & Choice> String allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Choice::value).collect(Collectors.joining(", "));
	}

}
