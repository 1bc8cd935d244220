package dev.liqowizard.liqo.v032;

import java.util.regex.Pattern;

/**
 * The check the API server makes on {@code spec.foreignAuthUrl} of a ForeignCluster in v0.3.2: an
 * auth URL it refuses makes {@code liqoctl add cluster} fail, so the wizard refuses the answer that
 * would produce it.
 */
final class ForeignAuthUrl {

	/**
	 * Copied verbatim from the ForeignCluster CRD of chart v0.3.2
	 * ({@code reference/liqo/foreigncluster-crd-v0.3.2.yaml},
	 * {@code spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.foreignAuthUrl.pattern}).
	 * It wants a dot followed by 1 to 6 letters or digits and a word boundary somewhere after
	 * {@code https://}: {@code https://liqo.mycluster.internal} fails, {@code https://203.0.113.10:30443}
	 * passes. Java and Go (the API server) read it alike for the ASCII hosts the wizard accepts.
	 */
	static final String CRD_PATTERN = "https:\\/\\/(www\\.)?[-a-zA-Z0-9@:%._\\+~#=]{1,256}\\.[a-zA-Z0-9()]{1,6}"
			+ "\\b([-a-zA-Z0-9()@:%_\\+.~#?&//=]*)";

	private static final Pattern PATTERN = Pattern.compile(CRD_PATTERN);

	private ForeignAuthUrl() {
	}

	/** Whether the CRD accepts the URL; OpenAPI patterns are unanchored, so a match anywhere counts. */
	static boolean accepts(String url) {
		return PATTERN.matcher(url).find();
	}

}
