package dev.liqowizard.plan;

/**
 * A value that must not travel in a URL or a file, such as a credential: the install script reads
 * it from {@code variable} and hands it to Helm for {@code valuesPath}.
 */
public record EnvironmentInput(String variable, String valuesPath, String description) {

}
