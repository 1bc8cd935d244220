package dev.liqowizard.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedResponsesTests {

	private record Bytes(long size) implements RenderedResponses.Sized {
	}

	@Test
	void keepsAtMostTheGivenNumberDroppingTheLeastRecentlyUsed() {
		RenderedResponses<Bytes> cache = new RenderedResponses<>(2, 1600);
		cache.put("a", new Bytes(10));
		cache.put("b", new Bytes(10));
		cache.get("a");
		cache.put("c", new Bytes(10));
		assertThat(cache.get("b")).isNull();
		assertThat(cache.get("a")).isNotNull();
		assertThat(cache.get("c")).isNotNull();
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void keepsAtMostTheGivenBytesAndNeverOneEntryOfASixteenthOfThem() {
		RenderedResponses<Bytes> cache = new RenderedResponses<>(100, 1600);
		for (int i = 0; i < 30; i++) {
			cache.put("k" + i, new Bytes(100));
		}
		assertThat(cache.bytes()).isLessThanOrEqualTo(1600);
		assertThat(cache.size()).isEqualTo(16);
		assertThat(cache.get("k29")).isNotNull();
		cache.put("huge", new Bytes(101));
		assertThat(cache.get("huge")).isNull();
	}

	@Test
	void replacingAnEntryCountsOnlyItsNewSize() {
		RenderedResponses<Bytes> cache = new RenderedResponses<>(10, 1600);
		cache.put("a", new Bytes(100));
		cache.put("a", new Bytes(50));
		assertThat(cache.bytes()).isEqualTo(50);
	}

}
