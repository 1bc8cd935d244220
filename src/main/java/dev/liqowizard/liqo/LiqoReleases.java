package dev.liqowizard.liqo;

import java.util.List;
import java.util.Optional;

import dev.liqowizard.liqo.v032.V032Release;
import dev.liqowizard.plan.AnswerParser;
import dev.liqowizard.plan.Answers;
import dev.liqowizard.plan.Plan;

/** The releases this build supports, oldest first, and the one place that picks among them. */
public final class LiqoReleases {

	private final List<LiqoRelease> releases;

	private final AnswerParser parser;

	public LiqoReleases(List<LiqoRelease> releases) {
		this.releases = List.copyOf(releases);
		this.parser = new AnswerParser(this.releases.stream().map(LiqoRelease::version).toList());
	}

	/** Every release this build supports. */
	public static LiqoReleases supported() {
		return new LiqoReleases(List.of(new V032Release()));
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
