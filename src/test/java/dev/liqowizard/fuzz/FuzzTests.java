package dev.liqowizard.fuzz;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.liqowizard.support.RawQuery;
import dev.liqowizard.support.Shellcheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile query strings against every endpoint: no 5xx, no unescaped reflection, no
 * evaluated template expression, every YAML parses, every JSON parses, every SVG is XML, and
 * every distinct shape of script passes shellcheck. Seed and count are fixed for CI and can be
 * set for long runs: {@code -Dfuzz.seed=... -Dfuzz.count=...}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FuzzTests {

	static final long SEED = Long.getLong("fuzz.seed", 20261121L);

	static final int COUNT = Integer.getInteger("fuzz.count", 10_000);

	static final List<String> ENDPOINTS = List.of("/", "/wizard/cluster-a", "/wizard/cluster-b", "/wizard/network",
			"/wizard/details", "/wizard/peering", "/wizard/done", "/plan", "/api/plan", "/plan/values-a.yaml", "/plan/values-b.yaml",
			"/plan/install-a.sh", "/plan/install-b.sh", "/plan/topology.svg", "/plan/bundle.zip");

	/** 7 * 191: what an evaluated template expression among the payloads would print. */
	private static final String EVALUATED = "1337";

	private static final Pattern QUOTED = Pattern.compile("'[^']*'");

	/** One script per shape: the script with every single-quoted literal blanked out. */
	private static final Map<String, String> SCRIPT_SHAPES = new ConcurrentHashMap<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Responses per status, reported once for long runs. */
	private static final Map<Integer, Integer> STATUSES = new ConcurrentHashMap<>();

	@Autowired
	private MockMvc mvc;

	static Stream<Arguments> cases() {
		FuzzQueries queries = new FuzzQueries(SEED);
		List<Arguments> cases = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			cases.add(Arguments.of(ENDPOINTS.get(i % ENDPOINTS.size()), queries.next()));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "case {index}: {0}")
	@MethodSource("cases")
	void noQueryBreaksAnyEndpoint(String endpoint, String query) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(RawQuery.get(endpoint + "?" + query))
			.andReturn()
			.getResponse();
		int status = response.getStatus();
		STATUSES.merge(status, 1, Integer::sum);
		assertThat(status).as(endpoint + "?" + query).isLessThan(500);
		String type = String.valueOf(response.getContentType());
		byte[] body = response.getContentAsByteArray();
		if (type.startsWith("text/html")) {
			String html = new String(body, StandardCharsets.UTF_8);
			for (String value : decodedValues(query)) {
				// Markup needs one of these; escaped output never holds them as they came.
				if (value.length() >= 4 && value.matches("(?s).*[<>\"'].*")) {
					assertThat(html).as("reflected " + value).doesNotContain(value);
				}
			}
			assertThat(html).doesNotContain(EVALUATED).doesNotContain("Exception").doesNotContain("at dev.liqowizard");
		}
		if (type.startsWith("application/json")) {
			JsonNode json = JSON.readTree(body);
			assertThat(json.has(status == 200 ? "scenario" : "errors")).as(query).isTrue();
		}
		if (status != 200) {
			return;
		}
		if (endpoint.endsWith(".yaml")) {
			yaml(new String(body, StandardCharsets.UTF_8));
		}
		else if (endpoint.endsWith(".sh")) {
			script(new String(body, StandardCharsets.UTF_8));
		}
		else if (endpoint.endsWith(".svg")) {
			xml(body);
		}
		else if (endpoint.endsWith(".zip")) {
			unzip(body);
		}
	}

	@AfterAll
	static void everyShapeOfScriptPassesShellcheck() throws Exception {
		Map<String, String> scripts = new LinkedHashMap<>();
		int index = 0;
		for (String script : SCRIPT_SHAPES.values()) {
			scripts.put("fuzz-" + (index++) + ".sh", script);
		}
		System.out.println("fuzz: seed " + SEED + ", statuses " + new TreeMap<>(STATUSES) + ", "
				+ scripts.size() + " shapes of script");
		assertThat(scripts).hasSizeGreaterThan(20);
		assertThat(Shellcheck.check(scripts)).isEmpty();
	}

	private static void yaml(String text) {
		Object values = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		assertThat(values).isInstanceOf(Map.class);
		assertThat(((Map<?, ?>) values).containsKey("discovery")).isTrue();
	}

	private static void script(String text) {
		assertThat(text).startsWith("#!/bin/sh\n");
		for (String line : text.split("\n")) {
			if (line.stripLeading().startsWith("#")) {
				continue;
			}
			// Quotes pair up on each line: no value carries a line break or a stray quote.
			assertThat(line.replace("'\\''", "").chars().filter((c) -> c == '\'').count() % 2).as(line).isZero();
			Matcher literals = QUOTED.matcher(line);
			while (literals.find()) {
				// What shellcheck would flag inside quotes must not be in any script at all.
				assertThat(literals.group()).as(line).doesNotContain("$(").doesNotContain("`");
			}
		}
		SCRIPT_SHAPES.putIfAbsent(shape(text), text);
	}

	/** The script with comments emptied and every quoted literal blanked: what shellcheck judges. */
	private static String shape(String script) {
		StringBuilder shape = new StringBuilder();
		for (String line : script.split("\n")) {
			shape.append(line.stripLeading().startsWith("#") ? "#" : QUOTED.matcher(line).replaceAll("'v'")).append('\n');
		}
		return shape.toString();
	}

	private static void xml(byte[] svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement().getTagName())
			.isEqualTo("svg");
	}

	private static void unzip(byte[] zip) throws Exception {
		int files = 0;
		boolean peerScript = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				files++;
				peerScript |= entry.getName().endsWith("/peer.sh");
				if (entry.getName().endsWith(".yaml")) {
					yaml(text);
				}
				else if (entry.getName().endsWith(".sh")) {
					script(text);
				}
				else if (entry.getName().endsWith(".svg")) {
					xml(text.getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		// v1.2.0 adds peer.sh to the values files, install scripts, diagram and README.
		assertThat(files).isEqualTo(peerScript ? 7 : 6);
	}

	private static List<String> decodedValues(String query) {
		List<String> values = new ArrayList<>();
		for (String pair : query.split("&")) {
			for (String part : pair.split("=", 2)) {
				try {
					values.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException ex) {
					values.add(part);
				}
			}
		}
		return values;
	}

}
