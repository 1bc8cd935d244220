/**
 * File formats of the generated files: shell scripts with quoting in one place, Helm values through SnakeYAML,
 * the deterministic zip bundle, provenance comments and the file names.
 */
package dev.liqowizard.artifact;
