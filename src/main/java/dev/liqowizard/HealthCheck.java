package dev.liqowizard;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container image's {@code HEALTHCHECK}: exits 0 when {@code /actuator/health} on this host
 * answers 200, 1 otherwise. A class of its own, run with {@code java -cp}, because the JRE base
 * image promises no curl or wget, and it must start in well under a second (no Spring, no jshell).
 */
public final class HealthCheck {

	private HealthCheck() {
	}

	public static void main(String[] args) {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		System.exit(isHealthy("http://127.0.0.1:" + port + "/actuator/health") ? 0 : 1);
	}

	static boolean isHealthy(String url) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
			connection.setConnectTimeout(2000);
			connection.setReadTimeout(3000);
			try {
				return connection.getResponseCode() == 200;
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
