package dev.liqowizard.liqo.v120;

import java.util.Optional;

import dev.liqowizard.plan.ClusterAnswers;
import dev.liqowizard.plan.Distribution;

/**
 * The {@code liqoctl install} subcommand of a cluster ({@code reference/liqo/v1-facts.md} 8.2).
 * Plain Kubernetes gets {@code kubeadm} only where it works: the install script looks for the
 * kube-controller-manager pod that kubeadm reads the CIDRs from, and else runs the generic
 * command with both CIDRs.
 */
enum InstallProvider {

	AKS("aks"), EKS("eks"), GKE("gke"), K3S("k3s"),

	/** kubeadm when the cluster has a kube-controller-manager pod and the CIDRs are not known. */
	KUBEADM_OR_GENERIC(""),

	/** The bare {@code liqoctl install}: API URL and both CIDRs given. */
	GENERIC("");

	private final String subcommand;

	InstallProvider(String subcommand) {
		this.subcommand = subcommand;
	}

	static InstallProvider of(ClusterAnswers cluster) {
		Optional<Distribution> distribution = cluster.distribution();
		if (distribution.isEmpty()) {
			return cluster.location().equals(dev.liqowizard.plan.Location.CLOUD) ? GENERIC : kubeadmOrGeneric(cluster);
		}
		return switch (distribution.get()) {
			case AKS -> AKS;
			case EKS -> EKS;
			case GKE -> GKE;
			case K3S -> K3S;
			case K8S -> kubeadmOrGeneric(cluster);
		};
	}

	private static InstallProvider kubeadmOrGeneric(ClusterAnswers cluster) {
		// With both CIDRs known the generic command always works; kubeadm would read them again.
		boolean cidrs = cluster.effectivePodCidr().isPresent() && cluster.effectiveServiceCidr().isPresent();
		return cidrs ? GENERIC : KUBEADM_OR_GENERIC;
	}

	/** The subcommand, empty for the generic command. */
	String subcommand() {
		return this.subcommand;
	}

	/** Whether liqoctl finds the API address and both CIDRs itself (the managed clouds). */
	boolean discoversNetwork() {
		return this == AKS || this == EKS || this == GKE;
	}

	/** The {@code liqo.io/provider} cluster label liqoctl adds; none for the generic command. */
	Optional<String> providerLabel() {
		return this.subcommand.isEmpty() ? Optional.empty() : Optional.of(this.subcommand);
	}

}
