/**
 * The Liqo peering wizard: a web app that plans how two clusters peer with Liqo.
 * Packages by feature: plan, liqo, artifact, diagram, download, web.
 */
package dev.liqowizard;
