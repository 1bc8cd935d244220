package dev.liqowizard.plan;

import java.util.Optional;

/** The Kubernetes distribution of a cluster; each belongs to cloud or to on-premise locations. */
public enum Distribution implements Choice {

	AKS("aks", "AKS", true, null, null),

	GKE("gke", "GKE", true, null, null),

	EKS("eks", "EKS", true, null, null),

	K8S("k8s", "Kubernetes", false, null, null),

	// K3s documents fixed defaults for both ranges; liqoctl's k3s provider uses them too.
	K3S("k3s", "K3s", false, "10.42.0.0/16", "10.43.0.0/16");

	private final String value;

	private final String label;

	private final boolean cloud;

	private final Cidr defaultPodCidr;

	private final Cidr defaultServiceCidr;

	Distribution(String value, String label, boolean cloud, String defaultPodCidr, String defaultServiceCidr) {
		this.value = value;
		this.label = label;
		this.cloud = cloud;
		this.defaultPodCidr = (defaultPodCidr != null) ? Cidr.parse(defaultPodCidr) : null;
		this.defaultServiceCidr = (defaultServiceCidr != null) ? Cidr.parse(defaultServiceCidr) : null;
	}

	@Override
	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	public boolean isCloud() {
		return this.cloud;
	}

	/** Whether a cluster at this location can run this distribution. */
	public boolean fits(Location location) {
		return this.cloud == (location == Location.CLOUD);
	}

	public Optional<Cidr> defaultPodCidr() {
		return Optional.ofNullable(this.defaultPodCidr);
	}

	public Optional<Cidr> defaultServiceCidr() {
		return Optional.ofNullable(this.defaultServiceCidr);
	}

}
