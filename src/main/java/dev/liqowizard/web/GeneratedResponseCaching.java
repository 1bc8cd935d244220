package dev.liqowizard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * HTTP caching of what the wizard generates: pages, plans, JSON and files are a pure function of
 * their URL, so the bytes themselves are the validator. A 200 gets a strong {@code ETag} (a hash
 * of the body) and {@code Cache-Control: no-cache}: caches may keep the response but must ask
 * again each time, and get a 304 without a body while nothing changed. Revalidating every time
 * rather than for a few minutes means a fixed install script reaches everyone as soon as it is
 * deployed; the 304 costs a round trip and no bytes. Errors get {@code no-store}.
 * <p>
 * Compression happens here, not in Tomcat: Tomcat does not compress a response with a strong ETag
 * (the compressed bytes are a different representation). The gzip representation gets its own
 * strong ETag ({@code "<hash>-gzip"}), with {@code Vary: Accept-Encoding}. Same mime types and
 * minimum size as {@code server.compression}. Responses are rendered once per URL and kept in a bounded
 * cache: the answer is a pure function of the URL (and, for the plan, of whether a terminal asks).
 */
@Component
class GeneratedResponseCaching extends OncePerRequestFilter {

	static final String REVALIDATE = "no-cache";

	static final String NO_STORE = "no-store";

	private static final Pattern ENTITY_TAG = Pattern.compile("\\*|(?:W/)?\"([^\"]*)\"");

	private final Compression compression;

	/** Rendered responses by URL: an answer is a pure function of its URL, so it is rendered once. */
	private final RenderedResponses<Rendered> rendered = new RenderedResponses<>(2048, 64L * 1024 * 1024);

	GeneratedResponseCaching(ServerProperties server) {
		this.compression = server.getCompression();
	}

	/** A response as rendered once: its type, the headers that belong to it, its bytes and their hash. */
	private record Rendered(String contentType, Map<String, List<String>> headers, byte[] body, byte[] gzipped,
			String hash) implements RenderedResponses.Sized {

		@Override
		public long size() {
			return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			return true;
		}
		String path = UrlPathHelper.defaultInstance.getLookupPathForRequest(request);
		return !(path.equals("/") || path.equals("/plan") || path.equals("/api") || path.startsWith("/plan/")
				|| path.startsWith("/api/") || path.startsWith("/wizard/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Rendered rendered = this.rendered.get(key);
		if (rendered == null) {
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, buffered);
			int status = buffered.getStatus();
			if (response.isCommitted() || status != HttpServletResponse.SC_OK) {
				if (status >= 400 && !response.isCommitted()) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
				}
				buffered.copyBodyToResponse();
				return;
			}
			rendered = render(response, buffered.getContentAsByteArray());
			if (!request.getMethod().equals("HEAD")) {
				this.rendered.put(key, rendered);
			}
		}
		serve(rendered, request, response);
	}

	/**
	 * The response's identity: its URL, and for the plan the one header choice it depends on
	 * (text for terminals, the page for browsers).
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String key = request.getRequestURI() + ((query != null) ? "?" + query : "");
		return PlanTextResponses.wantsText(request) ? key + " text" : key;
	}

	private Rendered render(HttpServletResponse response, byte[] body) throws IOException {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		// The policy too: a response may carry its own (SecurityHeaders.allowOwnStyles), and a
		// response served from here never reaches its controller again.
		for (String name : List.of(HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.VARY, HttpHeaders.CACHE_CONTROL,
				"Content-Security-Policy")) {
			Collection<String> values = response.getHeaders(name);
			if (!values.isEmpty()) {
				headers.put(name, List.copyOf(values));
			}
		}
		String contentType = response.getContentType();
		byte[] gzipped = isCompressible(contentType, body.length) ? gzip(body) : null;
		return new Rendered(contentType, headers, body, gzipped, hash(body));
	}

	private static void serve(Rendered rendered, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (rendered.contentType() != null) {
			response.setContentType(rendered.contentType());
		}
		rendered.headers().forEach((name, values) -> {
			response.setHeader(name, null);
			values.forEach((value) -> response.addHeader(name, value));
		});
		if (rendered.gzipped() != null) {
			addVary(response, HttpHeaders.ACCEPT_ENCODING);
		}
		boolean gzip = rendered.gzipped() != null
				&& acceptsGzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING).asIterator());
		String tag = rendered.hash() + (gzip ? "-gzip" : "");
		response.setHeader(HttpHeaders.ETAG, "\"" + tag + "\"");
		if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
		}
		if (matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH).asIterator(), tag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] bytes = gzip ? rendered.gzipped() : rendered.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!request.getMethod().equals("HEAD")) {
			response.getOutputStream().write(bytes);
		}
	}

	private boolean isCompressible(String contentType, int length) {
		if (!this.compression.getEnabled() || contentType == null
				|| length < this.compression.getMinResponseSize().toBytes()) {
			return false;
		}
		MimeType type = MimeTypeUtils.parseMimeType(contentType);
		for (String candidate : this.compression.getMimeTypes()) {
			if (MimeTypeUtils.parseMimeType(candidate).equalsTypeAndSubtype(type)) {
				return true;
			}
		}
		return false;
	}

	/** {@code Accept-Encoding} lists gzip with a weight above zero. */
	static boolean acceptsGzip(Iterator<String> headers) {
		while (headers.hasNext()) {
			for (String coding : headers.next().split(",")) {
				String[] parts = coding.split(";");
				if (!parts[0].trim().equalsIgnoreCase("gzip")) {
					continue;
				}
				boolean refused = false;
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
					refused |= parameter.matches("q=0(\\.0{0,3})?");
				}
				if (!refused) {
					return true;
				}
			}
		}
		return false;
	}

	/** {@code If-None-Match} names this representation (weak comparison, RFC 9110 13.1.2) or is {@code *}. */
	static boolean matches(Iterator<String> headers, String tag) {
		while (headers.hasNext()) {
			Matcher candidate = ENTITY_TAG.matcher(headers.next());
			while (candidate.find()) {
				if (candidate.group(1) == null || candidate.group(1).equals(tag)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void addVary(HttpServletResponse response, String field) {
		Collection<String> vary = response.getHeaders(HttpHeaders.VARY);
		boolean present = vary.stream()
			.flatMap((value) -> List.of(value.split(",")).stream())
			.anyMatch((name) -> name.trim().equalsIgnoreCase(field) || name.trim().equals("*"));
		if (!present) {
			response.addHeader(HttpHeaders.VARY, field);
		}
	}

	private static String hash(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Deterministic: the same body gives the same bytes (Java writes no time or name in the header).
	 * At the best compression: a response is compressed once and then served from memory.
	 */
	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			zip.write(body);
		}
		return out.toByteArray();
	}

}
