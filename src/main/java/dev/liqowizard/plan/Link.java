package dev.liqowizard.plan;

/**
 * One connection the peering needs: the cluster that dials ({@code from}) reaches a service that
 * the other cluster listens on ({@code to}). A service both clusters reach on each other is two
 * links. The page, the diagram, its description and the scripts read who dials whom from here;
 * none of them works it out again.
 */
public record Link(Service service, Side from, Side to, Via via) {

	public Link {
		if (from == to) {
			throw new IllegalArgumentException("a link joins the two clusters");
		}
	}

	public Protocol protocol() {
		return this.service.protocol();
	}

}
