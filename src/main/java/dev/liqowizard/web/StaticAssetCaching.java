package dev.liqowizard.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.UrlPathHelper;

/**
 * Static assets whose URL carries their content hash ({@code wizard-<md5>.css}) never change, so
 * browsers may keep them for a year without asking again. Other static URLs keep the short
 * lifetime of {@code spring.web.resources.cache}.
 * <p>
 * The decision is made on the path the resource handler serves (decoded, without {@code ;}
 * parameters), and only when that path is the one the resource chain itself gives the asset, that
 * is when the hash is the hash of the content: {@code /css/wizard.css;-<32 hex>.css} serves
 * {@code wizard.css} and must not be kept for a year.
 */
@Component
class StaticAssetCaching extends OncePerRequestFilter {

	static final String IMMUTABLE = "max-age=31536000, public, immutable";

	/** {@code name-<md5>.ext}: the name the content version strategy gives, and the name without it. */
	private static final Pattern HASHED = Pattern.compile("(.*)-[0-9a-f]{32}(\\.[a-z0-9]+)");

	private final ResourceUrlProvider resourceUrls;

	StaticAssetCaching(ResourceUrlProvider resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isContentHashed(UrlPathHelper.defaultInstance.getLookupPathForRequest(request));
	}

	/** True when the path is the content-hashed URL the resource chain makes for the asset. */
	boolean isContentHashed(String path) {
		Matcher hashed = HASHED.matcher(path);
		if (!hashed.matches()) {
			return false;
		}
		String hashedUrl = this.resourceUrls.getForLookupPath(hashed.group(1) + hashed.group(2));
		return path.equals(hashedUrl);
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
