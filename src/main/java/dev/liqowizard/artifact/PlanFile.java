package dev.liqowizard.artifact;

import java.nio.charset.StandardCharsets;

/**
 * One generated file of a plan: its name in the download URL ({@code values-a.yaml}), its name
 * on disk and in the bundle ({@code values-edge.yaml}), its media type and its bytes.
 */
public record PlanFile(String urlName, String fileName, String contentType, byte[] content) {

	public static PlanFile text(String urlName, String fileName, String contentType, String text) {
		return new PlanFile(urlName, fileName, contentType, text.getBytes(StandardCharsets.UTF_8));
	}

	public String text() {
		return new String(this.content, StandardCharsets.UTF_8);
	}

}
