package dev.liqowizard.web;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The fallback for failures nobody planned: a plain page or JSON, nothing of the inside shown. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aServerErrorShowsAPlainPage() throws Exception {
		MockHttpServletResponse response = error(500, "/plan", new IllegalStateException("secret detail"));
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).contains("Something went wrong")
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret detail")
			.doesNotContain("at dev.");
	}

	@Test
	void aServerErrorUnderTheApiIsJson() throws Exception {
		MockHttpServletResponse response = error(500, "/api/plan", new IllegalStateException("secret detail"));
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString())
			.isEqualTo("{\"errors\":[{\"parameter\":\"server\",\"message\":\"The wizard could not answer this request; "
					+ "please report the URL.\"}]}");
	}

	@Test
	void otherClientErrorsShowTheGenericPage() throws Exception {
		MockHttpServletResponse response = error(414, "/plan", null);
		assertThat(response.getStatus()).isEqualTo(414);
		assertThat(response.getContentAsString()).contains("Request not understood");
	}

	private MockHttpServletResponse error(int status, String uri, Throwable failure) throws Exception {
		return this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri)
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, (failure != null) ? failure : "none"))
			.andReturn()
			.getResponse();
	}

}
