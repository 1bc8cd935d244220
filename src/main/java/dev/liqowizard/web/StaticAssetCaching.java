package dev.liqowizard.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static assets whose URL carries a content hash ({@code wizard-<md5>.css}) never change, so
 * browsers may keep them for a year without asking again. Other static URLs keep the short
 * lifetime of {@code spring.web.resources.cache}.
 */
@Component
class StaticAssetCaching extends OncePerRequestFilter {

	static final String IMMUTABLE = "max-age=31536000, public, immutable";

	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HASHED.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, cacheControl(name, value));
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, cacheControl(name, value));
			}

		});
	}

	private static String cacheControl(String name, String value) {
		boolean cacheable = value != null && !value.contains("no-store") && !value.contains("no-cache");
		return (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && cacheable) ? IMMUTABLE : value;
	}

}
