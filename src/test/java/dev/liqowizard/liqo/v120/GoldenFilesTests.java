package dev.liqowizard.liqo.v120;

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
 * The generated files of the v1.2.0 cases of issue 9, pinned after a review by hand against
 * {@code reference/liqo/v1-facts.md} section 8. To re-pin after a deliberate change, run with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTests {

	private static final Path GOLDEN = Path.of("src/test/resources/golden/v1.2.0");

	static final Map<String, String> CASES = new LinkedHashMap<>();

	static {
		CASES.put("nat-consumer-cloud-provider", "network=internet"
				+ "&a.name=edge&a.location=onprem-nat&a.distribution=k3s"
				+ "&b.name=azure&b.location=cloud&b.distribution=aks&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16&peering=a-to-b");
		CASES.put("nat-provider-cloud-consumer", "network=internet"
				+ "&a.name=gke-east&a.location=cloud&a.distribution=gke&a.address=34.118.10.20"
				+ "&a.podCidr=10.8.0.0/14&a.serviceCidr=10.12.0.0/20"
				+ "&b.name=edge&b.location=onprem-nat&b.distribution=k3s&peering=a-to-b");
		CASES.put("onprem-lan-without-loadbalancer", "network=lan"
				+ "&a.name=rack-1&a.location=onprem&a.distribution=k8s&a.lb=no"
				+ "&b.name=rack-2&b.location=onprem&b.distribution=k8s&b.lb=no&b.address=192.168.10.20"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.96.0.0/12&peering=a-to-b");
		CASES.put("cloud-to-cloud-both", "network=internet"
				+ "&a.name=eks-prod&a.location=cloud&a.distribution=eks"
				+ "&a.address=0123456789abcdef.gr7.eu-west-1.eks.amazonaws.com"
				+ "&a.podCidr=10.0.0.0/16&a.serviceCidr=172.20.0.0/16"
				+ "&b.name=aks-west&b.location=cloud&b.distribution=aks&b.address=aks-west-1a2b.hcp.westeurope.azmk8s.io"
				+ "&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16&peering=both");
		CASES.put("nat-to-nat-one-forward", "network=internet"
				+ "&a.name=home&a.location=onprem-nat&a.distribution=k3s"
				+ "&b.name=shop&b.location=onprem-nat&b.distribution=k8s&b.address=shop.example.net"
				+ "&b.natApiPort=16443&b.natGatewayPort=31840&peering=a-to-b");
	}

	static Stream<Arguments> cases() {
		return CASES.entrySet().stream().map((entry) -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void filesMatchTheirPinnedCopies(String name, String query) throws IOException {
		GoldenFiles.assertPinned(GOLDEN.resolve(name), TestQueries.plan("liqo=v1.2.0&" + query));
	}

}
