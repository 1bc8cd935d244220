package dev.liqowizard.web;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C Nu HTML checker, run in-process, finds no error on any kind of page; and what search
 * engines read of a page: its description, and links that say where they go.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HtmlValidatorTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Problems problems = new Problems();

	private static SimpleDocumentValidator validator;

	@LocalServerPort
	private int port;

	/** Errors and fatal errors as "line:column message"; warnings are advice, not failures. */
	private static final class Problems implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) {
			error(exception);
		}

	}

	@BeforeAll
	static void setUpValidator() throws Exception {
		validator = new SimpleDocumentValidator();
		// The schema vnu.jar uses for text/html: HTML with RDFa Lite, and the checkers of the HTML spec.
		validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", problems);
		validator.setUpValidatorAndParsers(problems, false, false);
	}

	@Test
	void everyKindOfPageIsValidHtml() throws Exception {
		for (PageTypes.PageType page : PageTypes.ALL) {
			HttpResponse<String> response = fetch(page.path());
			assertThat(response.headers().firstValue("Content-Type")).as(page.name()).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("text/html"));
			problems.errors.clear();
			InputSource source = new InputSource(new StringReader(response.body()));
			source.setSystemId(page.path());
			validator.checkHtmlInputSource(source);
			assertThat(problems.errors).as(page.name()).isEmpty();
		}
	}

	@Test
	void everyKindOfPageDescribesItselfAndNoLinkIsAGenericWord() throws Exception {
		// Lighthouse's list of link texts that say nothing of the target.
		List<String> generic = List.of("start", "click here", "click this", "go", "here", "this", "right here", "more",
				"learn more", "read more", "continue");
		for (PageTypes.PageType page : PageTypes.ALL) {
			Document document = Jsoup.parse(fetch(page.path()).body());
			Element description = document.selectFirst("head meta[name=description]");
			assertThat(description).as(page.name()).isNotNull();
			assertThat(description.attr("content")).as(page.name()).hasSizeGreaterThan(50);
			for (Element link : document.select("a[href]")) {
				assertThat(link.text().trim().toLowerCase(Locale.ROOT)).as(page.name() + " " + link).isNotIn(generic);
			}
		}
		Document start = Jsoup.parse(fetch("/").body());
		assertThat(start.selectFirst("main form button[type=submit]").text()).isEqualTo("Plan your peering");
	}

	private HttpResponse<String> fetch(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theCheckerFindsErrorsWhereThereAreSome() throws Exception {
		problems.errors.clear();
		validator.checkHtmlInputSource(new InputSource(new StringReader("<!DOCTYPE html><html lang=\"en\"><head>"
				+ "<title>t</title></head><body><h3 id=\"x\">f</h3><pre aria-labelledby=\"x\">text</pre></body></html>")));
		assertThat(problems.errors).singleElement().asString().contains("aria-labelledby");
	}

}
