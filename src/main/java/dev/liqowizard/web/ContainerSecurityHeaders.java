package dev.liqowizard.web;

import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * The connector's entry into the container, with the security headers set before anything else
 * runs: some responses never reach a valve or a filter ({@code OPTIONS *}, answered by the
 * connector itself), and those carry the headers too. Everything else is the wrapped adapter's.
 */
class ContainerSecurityHeaders implements Adapter {

	private final Adapter adapter;

	ContainerSecurityHeaders(Adapter adapter) {
		this.adapter = adapter;
	}

	@Override
	public void service(Request request, Response response) throws Exception {
		SecurityHeaders.addTo(response::setHeader);
		this.adapter.service(request, response);
	}

	@Override
	public boolean prepare(Request request, Response response) throws Exception {
		return this.adapter.prepare(request, response);
	}

	@Override
	public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
		return this.adapter.asyncDispatch(request, response, status);
	}

	@Override
	public void log(Request request, Response response, long time) {
		this.adapter.log(request, response, time);
	}

	@Override
	public void checkRecycled(Request request, Response response) {
		this.adapter.checkRecycled(request, response);
	}

	@Override
	public String getDomain() {
		return this.adapter.getDomain();
	}

}
