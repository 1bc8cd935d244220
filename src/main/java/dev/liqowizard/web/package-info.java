/**
 * The web layer: thin controllers for the wizard, the plan page, the JSON API and the downloads,
 * error pages, security headers and caching. No planning rules live here.
 */
package dev.liqowizard.web;
