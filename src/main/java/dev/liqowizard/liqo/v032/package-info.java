/**
 * Liqo v0.3.2, the release the seed pages describe: the exposure table, scenarios, refusals and refinements,
 * the per-cluster planner, and the writers of its values files, install scripts and README.
 */
package dev.liqowizard.liqo.v032;
