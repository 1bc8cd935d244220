package dev.liqowizard.web;

import java.util.Optional;

/** A download the plan's release does not offer, such as {@code peer.sh} for Liqo v0.3.2. */
class FileNotOfferedException extends RuntimeException {

	private final String urlName;

	private final Optional<String> reason;

	FileNotOfferedException(String urlName, Optional<String> reason) {
		super(urlName + " is not part of this plan");
		this.urlName = urlName;
		this.reason = reason;
	}

	String urlName() {
		return this.urlName;
	}

	Optional<String> reason() {
		return this.reason;
	}

}
