package dev.liqowizard.diagram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.liqowizard.plan.Plan;
import dev.liqowizard.support.SeedTables;
import dev.liqowizard.support.TestQueries;

/** Writes every sample diagram to target/diagrams for a look in a browser (run by hand). */
public final class DiagramSamples {

	/** The v0.3.2 seed behind NAT with names and an address, as in the golden files. */
	public static final String NAT_EDGE_AZURE = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&a.address=203.0.113.10&b.name=azure&b.location=cloud&b.distribution=aks"
			+ "&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io";

	private DiagramSamples() {
	}

	public static Map<String, Plan> all() {
		Map<String, Plan> plans = new LinkedHashMap<>();
		for (Map.Entry<String, String> seed : SeedTables.SEED_QUERIES.entrySet()) {
			plans.put(seed.getKey().toLowerCase().replace(' ', '-'), TestQueries.plan(seed.getValue()));
		}
		plans.put("nat-edge-azure", TestQueries.plan(NAT_EDGE_AZURE));
		plans.put("nat-home-lab", TestQueries.plan("liqo=v0.3.2&network=internet&a.name=home&a.location=onprem-nat"
				+ "&a.distribution=k3s&a.address=home.example.net&a.natAuthPort=30443&a.natApiPort=16443"
				+ "&a.natGatewayPort=30871&b.name=lab&b.location=onprem&b.distribution=k8s&b.address=lab.example.com"
				+ "&b.lb=no"));
		plans.putAll(V1Plans.all());
		return plans;
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of("target/diagrams");
		Files.createDirectories(out);
		for (Map.Entry<String, Plan> plan : all().entrySet()) {
			Topology topology = TopologyBuilder.build(plan.getValue());
			Files.writeString(out.resolve(plan.getKey() + ".svg"), SvgWriter.standalone(topology, List.of()));
			Files.writeString(out.resolve(plan.getKey() + ".html"), "<!DOCTYPE html><html><head><style>"
					+ "body{margin:0;font-family:sans-serif}.l{width:1116px;padding:8px}.p{width:288px;padding:8px}"
					+ "svg{display:block;width:100%;height:auto}</style></head><body><div class=l>"
					+ SvgWriter.inline(topology).replace("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300",
							"</div><div class=p><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300")
					+ "</div></body></html>");
		}
	}

}
