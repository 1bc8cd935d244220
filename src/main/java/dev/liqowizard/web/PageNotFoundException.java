package dev.liqowizard.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A path under a known prefix that names no page, such as an unknown wizard step. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFoundException extends RuntimeException {

	PageNotFoundException() {
		super("no such page");
	}

}
