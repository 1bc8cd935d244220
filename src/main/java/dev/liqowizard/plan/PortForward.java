package dev.liqowizard.plan;

/**
 * A rule on the NAT router in front of a cluster: traffic to {@code externalPort} goes to
 * {@code target} of {@code service}, for example "liqo-auth NodePort on any node".
 */
public record PortForward(Service service, int externalPort, Protocol protocol, String target) {

}
