package dev.liqowizard.web;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * A bounded least-recently-used map of rendered responses by URL, limited by count and by bytes,
 * so that any number of distinct share links cannot grow the heap without end.
 */
final class RenderedResponses<T extends RenderedResponses.Sized> {

	/** Something whose size in bytes counts against the limit. */
	interface Sized {

		long size();

	}

	private final int maxEntries;

	private final long maxBytes;

	private long bytes;

	private final LinkedHashMap<String, T> entries = new LinkedHashMap<>(256, 0.75f, true);

	RenderedResponses(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	synchronized T get(String key) {
		return this.entries.get(key);
	}

	/** Keeps an entry, dropping the least recently used ones past the limits; a huge one is not kept. */
	synchronized void put(String key, T value) {
		if (value.size() > this.maxBytes / 16) {
			return;
		}
		T previous = this.entries.put(key, value);
		this.bytes += value.size() - ((previous != null) ? previous.size() : 0);
		Iterator<T> oldest = this.entries.values().iterator();
		while ((this.entries.size() > this.maxEntries || this.bytes > this.maxBytes) && oldest.hasNext()) {
			this.bytes -= oldest.next().size();
			oldest.remove();
		}
	}

	synchronized int size() {
		return this.entries.size();
	}

	synchronized long bytes() {
		return this.bytes;
	}

}
