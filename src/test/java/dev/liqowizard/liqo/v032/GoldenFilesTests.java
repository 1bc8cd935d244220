package dev.liqowizard.liqo.v032;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.liqowizard.support.GoldenFiles;
import dev.liqowizard.support.TestQueries;

/**
 * The generated files of the seed scenarios and a few derived ones, pinned after a review by hand
 * against {@code reference/liqo/v0.3-facts.md}. To re-pin after a deliberate change, run with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTests {

	private static final Path GOLDEN = Path.of("src/test/resources/golden/v0.3.2");

	static final Map<String, String> CASES = new LinkedHashMap<>();

	static {
		CASES.put("seed-cloud-to-cloud", "network=internet"
				+ "&a.name=aks-west&a.location=cloud&a.distribution=aks"
				+ "&a.address=aks-west-1a2b3c4d.hcp.westeurope.azmk8s.io&a.podCidr=10.244.0.0/16&a.serviceCidr=10.0.0.0/16"
				+ "&b.name=gke-east&b.location=cloud&b.distribution=gke&b.address=34.118.10.20"
				+ "&b.podCidr=10.8.0.0/14&b.serviceCidr=10.12.0.0/20");
		CASES.put("seed-onprem-to-cloud", "network=internet"
				+ "&a.name=office&a.location=onprem&a.distribution=k8s&a.address=198.51.100.20"
				+ "&a.podCidr=10.244.0.0/16&a.serviceCidr=10.96.0.0/12"
				+ "&b.name=gke-east&b.location=cloud&b.distribution=gke&b.address=34.118.10.20"
				+ "&b.podCidr=10.8.0.0/14&b.serviceCidr=10.12.0.0/20");
		CASES.put("seed-onprem-to-onprem", "network=lan"
				+ "&a.name=rack-1&a.location=onprem&a.distribution=k3s"
				+ "&b.name=rack-2&b.location=onprem&b.distribution=k3s");
		CASES.put("seed-onprem-nat-to-cloud", "network=internet"
				+ "&a.name=edge&a.location=onprem-nat&a.distribution=k3s&a.address=203.0.113.10"
				+ "&b.name=azure&b.location=cloud&b.distribution=aks&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16");
		CASES.put("derived-onprem-nat-to-onprem", "network=internet"
				+ "&a.name=home&a.location=onprem-nat&a.distribution=k3s&a.address=home.example.net"
				+ "&a.natAuthPort=30443&a.natApiPort=16443&a.natGatewayPort=30871"
				+ "&b.name=lab&b.location=onprem&b.distribution=k8s&b.address=lab.example.com&b.lb=no"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.96.0.0/12");
		CASES.put("derived-onprem-to-onprem-routed", "network=routed"
				+ "&a.name=site-a&a.location=onprem&a.distribution=k3s"
				+ "&b.name=site-b&b.location=onprem-nat&b.distribution=k8s&b.address=10.20.0.10"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.96.0.0/12");
		CASES.put("derived-cloud-to-cloud-eks-ingress", "network=internet"
				+ "&a.name=eks-prod&a.location=cloud&a.distribution=eks"
				+ "&a.address=0123456789abcdef.gr7.eu-west-1.eks.amazonaws.com&a.auth=ingress"
				+ "&a.ingressHost=liqo.eks-prod.example.com&a.ingressClass=nginx"
				+ "&a.podCidr=10.0.0.0/16&a.serviceCidr=172.20.0.0/16"
				+ "&b.name=gke-east&b.location=cloud&b.distribution=gke&b.address=34.118.10.20"
				+ "&b.podCidr=10.8.0.0/14&b.serviceCidr=10.12.0.0/20");
		CASES.put("incomplete-onprem-nat-to-cloud", "network=internet&a.location=onprem-nat&b.location=cloud");
	}

	static Stream<Arguments> cases() {
		return CASES.entrySet().stream().map((entry) -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void filesMatchTheirPinnedCopies(String name, String query) throws IOException {
		GoldenFiles.assertPinned(GOLDEN.resolve(name), TestQueries.plan("liqo=v0.3.2&" + query));
	}

}
