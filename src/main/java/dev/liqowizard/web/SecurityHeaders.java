package dev.liqowizard.web;

import java.io.IOException;
import java.util.function.BiConsumer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, errors included, and GET and HEAD as the only methods:
 * nothing here changes state. The CSP allows no inline script or style, so no page may use one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	/**
	 * The one relaxation, for a standalone SVG shown in a tab ({@link FileController}): its own
	 * {@code <style>} applies; it still loads, runs and frames nothing.
	 */
	static final String OWN_STYLES_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'none'";

	/** Powerful features no page here uses. (FLoC's interest-cohort is gone from browsers; Chromium warns about it.) */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		addTo(response::setHeader);
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
			response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Sets the headers through the given setter. Tomcat's side ({@link TomcatHardening}) uses this
	 * too, for the responses Tomcat writes without the application.
	 */
	static void addTo(BiConsumer<String, String> setHeader) {
		setHeader.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setHeader.accept("X-Content-Type-Options", "nosniff");
		setHeader.accept("Referrer-Policy", "no-referrer");
		setHeader.accept("Permissions-Policy", PERMISSIONS_POLICY);
		setHeader.accept("X-Frame-Options", "DENY");
		setHeader.accept("Cross-Origin-Opener-Policy", "same-origin");
		setHeader.accept("Cross-Origin-Resource-Policy", "same-origin");
	}

	/**
	 * Replaces this response's policy with {@link #OWN_STYLES_POLICY}. Set on the servlet response,
	 * not added through Spring's headers, which would add a second policy (browsers enforce both).
	 */
	static void allowOwnStyles(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", OWN_STYLES_POLICY);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
