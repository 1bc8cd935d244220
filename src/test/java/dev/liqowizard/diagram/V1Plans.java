package dev.liqowizard.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.liqowizard.plan.Plan;
import dev.liqowizard.plan.Service;
import dev.liqowizard.support.TestQueries;

import static dev.liqowizard.plan.Service.KUBERNETES_API_SERVER;
import static dev.liqowizard.plan.Service.NETWORK_GATEWAY;




/**
 * Real v1.2.0 plans of the shapes issue 9 names (the v1.2.0 golden cases), planned by the release
 * itself, for the diagram's tests and screenshots.
 */
public final class V1Plans {

	private V1Plans() {
	}

	public static Map<String, Plan> all() {
		Map<String, Plan> plans = new LinkedHashMap<>();
		plans.put("v1-nat-consumer-cloud-provider", natConsumerCloudProvider());
		plans.put("v1-nat-provider-cloud-consumer", natProviderCloudConsumer());
		plans.put("v1-nat-nat-forward", natAndNatWithForward());
		plans.put("v1-cloud-both-directions", cloudBothDirections());
		plans.put("v1-lan-no-loadbalancer", lanWithoutLoadBalancer());
		return plans;
	}

	public static Plan natConsumerCloudProvider() {
		return plan("network=internet&a.name=edge&a.location=onprem-nat&a.distribution=k3s"
				+ "&b.name=azure&b.location=cloud&b.distribution=aks&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16&peering=a-to-b");
	}

	/** A NAT'd provider: the server on the cloud consumer, the provider's API reached in-band. */
	public static Plan natProviderCloudConsumer() {
		return plan("network=internet&a.name=edge&a.location=onprem-nat&a.distribution=k3s"
				+ "&b.name=azure&b.location=cloud&b.distribution=aks&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16&peering=b-to-a");
	}

	public static Plan natAndNatWithForward() {
		return plan("network=internet&a.name=home&a.location=onprem-nat&a.distribution=k3s"
				+ "&b.name=shop&b.location=onprem-nat&b.distribution=k8s&b.address=shop.example.net"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.96.0.0/12"
				+ "&b.natApiPort=16443&b.natGatewayPort=31840&peering=a-to-b");
	}

	public static Plan cloudBothDirections() {
		return plan("network=internet&a.name=eks-prod&a.location=cloud&a.distribution=eks"
				+ "&a.address=0123456789abcdef.gr7.eu-west-1.eks.amazonaws.com"
				+ "&a.podCidr=10.0.0.0/16&a.serviceCidr=172.20.0.0/16"
				+ "&b.name=aks-west&b.location=cloud&b.distribution=aks&b.address=aks-west-1a2b.hcp.westeurope.azmk8s.io"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16&peering=both");
	}

	public static Plan lanWithoutLoadBalancer() {
		return plan("network=lan&a.name=rack-1&a.location=onprem&a.distribution=k8s&a.lb=no"
				+ "&b.name=rack-2&b.location=onprem&b.distribution=k8s&b.lb=no&b.address=192.168.10.20"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.96.0.0/12&peering=a-to-b");
	}

	private static Plan plan(String query) {
		return TestQueries.plan("liqo=v1.2.0&" + query);
	}

	/** Services in v1 order, for tests that walk the lanes. */
	static List<Service> services() {
		return List.of(KUBERNETES_API_SERVER, NETWORK_GATEWAY);
	}

}
