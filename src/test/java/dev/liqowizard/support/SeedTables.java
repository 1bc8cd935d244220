package dev.liqowizard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exposure tables of the Liqo "Pre-Install" page (the newer seed), read from the page itself
 * so the tests compare against the seed's words, not a retyped copy.
 */
public final class SeedTables {

	/** The wizard answers that reproduce each seed section: the four seed scenarios. */
	public static final Map<String, String> SEED_QUERIES = Map.of(
			"Cloud to cloud", "liqo=v0.3.2&network=internet&a.location=cloud&b.location=cloud",
			"On-premise to cloud", "liqo=v0.3.2&network=internet&a.location=onprem&b.location=cloud",
			"On-premise to on-premise", "liqo=v0.3.2&network=lan&a.location=onprem&b.location=onprem",
			"On-premise behind NAT to cloud", "liqo=v0.3.2&network=internet&a.location=onprem-nat&b.location=cloud");

	private SeedTables() {
	}

	/** A seed table: the header row and the body rows, every cell trimmed and without bold marks. */
	public record Table(String section, List<String> header, List<List<String>> rows) {
	}

	/** The tables of the page, by section title, in page order. */
	public static Map<String, Table> read() {
		String page;
		try (var in = SeedTables.class.getResourceAsStream("/reference/seeds/pre-install-page.md")) {
			page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Table> tables = new LinkedHashMap<>();
		String section = null;
		List<List<String>> lines = new ArrayList<>();
		for (String line : (page + "\n### end\n").split("\n")) {
			if (line.startsWith("### ")) {
				if (section != null && !lines.isEmpty()) {
					tables.put(section, new Table(section, lines.get(0), List.copyOf(lines.subList(2, lines.size()))));
				}
				section = line.substring(4).trim();
				lines = new ArrayList<>();
			}
			else if (line.startsWith("|")) {
				lines.add(cells(line));
			}
		}
		return tables;
	}

	private static List<String> cells(String line) {
		String inner = line.trim().substring(1, line.trim().length() - 1);
		return Arrays.stream(inner.split("\\|")).map((cell) -> cell.trim().replace("**", "")).toList();
	}

}
