/**
 * The topology diagram: a Topology of shapes built from a Plan, and the SVG writer.
 * It reads who dials whom from the plan's links and decides nothing on its own.
 */
package dev.liqowizard.diagram;
