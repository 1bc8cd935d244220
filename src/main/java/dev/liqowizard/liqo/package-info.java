/**
 * What differs between Liqo releases, behind LiqoRelease, and the registry that finds the releases.
 * Each release lives in its own subpackage (v032, v120); nothing outside it names its classes.
 */
package dev.liqowizard.liqo;
