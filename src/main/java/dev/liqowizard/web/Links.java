package dev.liqowizard.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import dev.liqowizard.plan.Answers;

/**
 * Builds every URL the pages, the API and the files show. Absolute URLs use the configured public
 * URL, never the request's Host header, so that downloads are the same bytes for the same URL
 * and a forged Host cannot end up in a page or a file.
 */
@Component
public class Links {

	private final String publicUrl;

	Links(@Value("${wizard.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Encodes parameters as a query string, in the map's order. */
	public static String query(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> UriUtils.encodeQueryParam(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ UriUtils.encodeQueryParam(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** The canonical plan URL of the answers, relative to the site. */
	public String plan(Answers answers) {
		return path("/plan", answers.toParameters());
	}

	/** The JSON of the answers' plan, relative to the site. */
	public String api(Answers answers) {
		return path("/api/plan", answers.toParameters());
	}

	/** A download of the answers' plan, such as {@code values-a.yaml}. */
	public String file(Answers answers, String fileName) {
		return path("/plan/" + fileName, answers.toParameters());
	}

	/** A page of the wizard with these answers filled in. */
	public String wizard(String step, Map<String, String> parameters) {
		return path("/wizard/" + step, parameters);
	}

	/** The start page, carrying answers so far when the user goes back to change the release. */
	public String start(Map<String, String> parameters) {
		return path("/", parameters);
	}

	/** The same URL with the public origin in front. */
	public String absolute(String relative) {
		return this.publicUrl + relative;
	}

	private static String path(String path, Map<String, String> parameters) {
		return parameters.isEmpty() ? path : path + "?" + query(parameters);
	}

}
