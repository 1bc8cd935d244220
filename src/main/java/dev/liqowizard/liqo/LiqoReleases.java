package dev.liqowizard.liqo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import dev.liqowizard.plan.AnswerParser;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.Plan;

/**
 * The releases this build supports, oldest first, and the one place that picks among them.
 * Releases register themselves in {@code META-INF/services}, so nothing outside a release's own
 * package names its classes, and plain-Java tests find the same releases as the application.
 */
public final class LiqoReleases {

	private final List<LiqoRelease> releases;

	private final AnswerParser parser;

	public LiqoReleases(List<LiqoRelease> releases) {
		this.releases = List.copyOf(releases);
		this.parser = new AnswerParser(this.releases.stream().map(LiqoRelease::version).toList());
	}

	/** Every release this build supports, found through {@link ServiceLoader}. */
	public static LiqoReleases supported() {
		return new LiqoReleases(ServiceLoader.load(LiqoRelease.class, LiqoRelease.class.getClassLoader())
			.stream()
			.map(ServiceLoader.Provider::get)
			.sorted(Comparator.comparing(LiqoRelease::version, LiqoReleases::compareVersions))
			.toList());
	}

	/** Orders {@code v0.3.2} before {@code v1.2.0}: numerically, part by part. */
	static int compareVersions(String left, String right) {
		String[] a = left.substring(1).split("\\.");
		String[] b = right.substring(1).split("\\.");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			int order = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.length, b.length);
	}

	public List<LiqoRelease> all() {
		return this.releases;
	}

	/** The parser that knows these releases. */
	public AnswerParser parser() {
		return this.parser;
	}

	public Optional<LiqoRelease> find(String version) {
		return this.releases.stream().filter((release) -> release.version().equals(version)).findFirst();
	}

	public LiqoRelease get(String version) {
		return find(version).orElseThrow(() -> new IllegalArgumentException("unsupported release " + version));
	}

	/** Plans validated answers with the release they ask for. */
	public Plan plan(Answers answers) {
		return get(answers.release()).plan(answers);
	}

}
