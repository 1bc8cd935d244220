/**
 * File formats of the generated files: shell scripts with quoting in one place, Helm values through SnakeYAML,
 * the deterministic zip bundle, provenance comments and the file names; and the parts of scripts, READMEs and
 * values headers that every release writes alike, so that they are written once.
 */
package dev.liqowizard.artifact;
