package dev.liqowizard.web;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ProtocolHandler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers by itself gets the application's security headers and no Tomcat page:
 * {@link ContainerSecurityHeaders} in front of the connector's adapter, and
 * {@link ContainerErrorReport} in place of the host's error report valves (Tomcat's default and
 * the one Spring Boot adds, which would otherwise write their HTML first).
 */
@Component
class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final JsonMapper json;

	TomcatHardening(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> connector.addLifecycleListener((event) -> {
			// The connector makes its adapter when it initialises; wrap that one.
			if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
				ProtocolHandler handler = connector.getProtocolHandler();
				handler.setAdapter(new ContainerSecurityHeaders(handler.getAdapter()));
			}
		}));
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ContainerErrorReport(this.json));
				// Found by class name when the host starts, so Tomcat adds no valve of its own.
				host.setErrorReportValveClass(ContainerErrorReport.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		// After Spring Boot's customizer, which adds its own ErrorReportValve.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
