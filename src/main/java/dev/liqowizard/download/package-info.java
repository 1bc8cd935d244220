/**
 * The files a plan offers, assembled once for every release: the release's own files, the diagram
 * and the bundle; the web layer serves what it returns.
 */
package dev.liqowizard.download;
