package dev.liqowizard.support;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;


/**
 * GET requests whose query string reaches the application byte for byte, malformed escapes and
 * all, as a browser or a crafted link would send it.
 */
public final class RawQuery {

	private RawQuery() {
	}

	public static MockHttpServletRequestBuilder get(String url) {
		int question = url.indexOf('?');
		String path = (question < 0) ? url : url.substring(0, question);
		String query = (question < 0) ? null : url.substring(question + 1);
		return MockMvcRequestBuilders.get(path).with((request) -> {
			request.setQueryString(query);
			return request;
		});
	}

}
