package dev.liqowizard.plan;

/**
 * Something the generated files need but the answers do not say: the parameter that supplies
 * it, what it is, and how the user finds it out.
 */
public record MissingValue(String parameter, String what, String howToFind) {

}
