package dev.liqowizard;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The image's HEALTHCHECK class, against the running app and against a port nobody answers on. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HealthCheckTests {

	@LocalServerPort
	private int port;

	@Test
	void healthyWhenActuatorHealthAnswers200() {
		assertThat(HealthCheck.isHealthy("http://127.0.0.1:" + this.port + "/actuator/health")).isTrue();
	}

	@Test
	void unhealthyWhenNothingListensOrTheAnswerIsNot200() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		assertThat(HealthCheck.isHealthy("http://127.0.0.1:" + closed + "/actuator/health")).isFalse();
		assertThat(HealthCheck.isHealthy("http://127.0.0.1:" + this.port + "/actuator/nothing")).isFalse();
	}

}
