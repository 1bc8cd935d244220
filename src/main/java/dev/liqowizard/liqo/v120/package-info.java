/**
 * Liqo v1.2.0, what users run today: directed peerings (consumer onto provider), the gateway server
 * and client, API access direct, in-band or forwarded, and its install, values and peer.sh writers.
 */
package dev.liqowizard.liqo.v120;
