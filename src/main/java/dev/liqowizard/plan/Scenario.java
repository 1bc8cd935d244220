package dev.liqowizard.plan;

/**
 * The setup a pair of clusters and a network make: the id and title of PRODUCT.md section 4 and a
 * short explanation. {@code seed} tells whether Liqo's own docs describe it.
 */
public record Scenario(String id, String title, String summary, boolean seed) {

}
