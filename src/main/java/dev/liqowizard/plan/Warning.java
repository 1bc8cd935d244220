package dev.liqowizard.plan;

/**
 * An answer the plan uses but that probably does not do what the user wants, such as a loopback
 * address: shown on the page, never refused.
 *
 * @param parameter the parameter as in the URL, for the JSON API
 * @param message a sentence for people that names the answer in words and says why
 */
public record Warning(String parameter, String message) {

}
