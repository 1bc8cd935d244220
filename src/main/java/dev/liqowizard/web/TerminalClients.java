package dev.liqowizard.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Terminals get the plan as text at the same share URL (PRODUCT.md section 8): a request for
 * {@code /plan} from curl or wget, or one that accepts text/plain but not HTML, is forwarded to
 * {@code /plan.txt}. {@code Vary} tells caches that the answer depends on these headers.
 */
@Component
class TerminalClients extends OncePerRequestFilter {

	static final String TEXT_PATH = "/plan.txt";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals("/plan");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.addHeader(HttpHeaders.VARY, "User-Agent, Accept");
		if (!wantsText(request)) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		request.getRequestDispatcher(TEXT_PATH + ((query != null) ? "?" + query : "")).forward(request, response);
	}

	static boolean wantsText(HttpServletRequest request) {
		String agent = String.valueOf(request.getHeader(HttpHeaders.USER_AGENT)).toLowerCase(Locale.ROOT);
		if (agent.startsWith("curl/") || agent.startsWith("wget/")) {
			return true;
		}
		String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).toLowerCase(Locale.ROOT);
		return accept.contains("text/plain") && !accept.contains("text/html");
	}

}
