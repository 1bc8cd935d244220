package dev.liqowizard.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.liqowizard.support.Browser;
import dev.liqowizard.support.SeedTables;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the wizard in headless Chromium the way a user does: clicking labels and buttons. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WizardBrowserTests {

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.quit();
	}

	/** Per seed: the network, then each cluster's name, location, distribution and the values typed on its page. */
	private static final Map<String, List<String>> CLICKS = Map.of(
			"Cloud to cloud", List.of("internet", "aks-west", "cloud", "aks",
					"a.address=aks-west-1a2b.hcp.westeurope.azmk8s.io a.podCidr=10.244.0.0/16 a.serviceCidr=10.0.0.0/16",
					"gke-east", "cloud", "gke", "b.address=34.118.10.20 b.podCidr=10.48.0.0/14 b.serviceCidr=34.118.224.0/20"),
			"On-premise to cloud", List.of("internet", "office", "onprem", "k3s", "a.address=198.51.100.20",
					"gke-east", "cloud", "gke", "b.address=34.118.10.20 b.podCidr=10.48.0.0/14 b.serviceCidr=34.118.224.0/20"),
			"On-premise to on-premise", List.of("lan", "rack-1", "onprem", "k3s", "", "rack-2", "onprem", "k3s", ""),
			"On-premise behind NAT to cloud", List.of("internet", "edge", "onprem-nat", "k3s", "a.address=203.0.113.10",
					"azure", "cloud", "aks", "b.address=https://azure-1a2b.hcp.westeurope.azmk8s.io:443 "
							+ "b.podCidr=10.244.0.0/16 b.serviceCidr=10.0.0.0/16"));

	@Test
	void clickingThroughEachSeedScenarioGivesItsTableAndCompleteFiles() {
		for (Map.Entry<String, SeedTables.Table> seed : SeedTables.read().entrySet()) {
			List<String> clicks = CLICKS.get(seed.getKey());
			// The seed tables are those of v0.3.2, the release the Liqo documentation describes.
			Browser.open(browser, url("/?liqo=v0.3.2"));
			Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Plan your peering']"));

			assertThat(browser.findElement(By.cssSelector(".wizard-progress p span")).getText()).startsWith("Step 1 of ");
			browser.findElement(By.cssSelector("label[for=network-" + clicks.get(0) + "]")).click();
			Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));

			cluster(clicks.subList(1, 5));
			Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));
			cluster(clicks.subList(5, 9));
			Browser.clickAndWait(browser, By.cssSelector("form.wizard-form button[type=submit]"));
			if (browser.findElement(By.tagName("h1")).getText().equals("Options")) {
				Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Show the plan']"));
			}

			assertThat(browser.findElement(By.tagName("h1")).getText()).as(browser.getCurrentUrl()).isEqualTo(seed.getKey());
			assertThat(browser.findElements(By.id("missing"))).as(seed.getKey()).isEmpty();
			assertThat(header()).isEqualTo(seed.getValue().header());
			assertThat(rows()).as(seed.getKey()).isEqualTo(seed.getValue().rows());
			assertThat(browser.getCurrentUrl()).startsWith(url("/plan?liqo=v0.3.2&network=" + clicks.get(0)));
		}
	}

	@Test
	void walkingTheWizardForLiqoV120AsksTheDirectionWithTheClusterNamesAndPlansItsServerAndInBandAccess() {
		Browser.open(browser, url("/"));
		assertThat(browser.findElement(By.id("liqo-v1.2.0")).isSelected()).as("newest release preselected").isTrue();
		Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Plan your peering']"));
		browser.findElement(By.cssSelector("label[for=network-internet]")).click();
		Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));
		cluster(List.of("edge", "onprem-nat", "k3s", ""));
		Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));
		cluster(List.of("azure", "cloud", "aks",
				"b.address=azure-1a2b.hcp.westeurope.azmk8s.io b.podCidr=10.244.0.0/16 b.serviceCidr=10.0.0.0/16"));
		Browser.clickAndWait(browser, By.cssSelector("form.wizard-form button[type=submit]"));

		WebElement reverse = browser.findElement(By.cssSelector("label[for=peering-b-to-a]"));
		assertThat(reverse.getText()).isEqualTo("azure offloads onto edge");
		reverse.click();
		Browser.clickAndWait(browser, By.cssSelector("form.wizard-form button[type=submit]"));
		if (browser.findElement(By.tagName("h1")).getText().equals("Options")) {
			Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Show the plan']"));
		}

		assertThat(browser.getCurrentUrl()).startsWith(url("/plan?liqo=v1.2.0&network=internet")).endsWith("&peering=b-to-a");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("On-premise behind NAT to cloud");
		assertThat(browser.findElements(By.id("missing"))).isEmpty();
		assertThat(rows()).containsExactly(List.of("Kubernetes API server", "In-band through the tunnel",
				"Not reached by the peer"), List.of("Network gateway", "Gateway client (dials out)",
						"Gateway server: LoadBalancer"));
		assertThat(browser.findElements(By.cssSelector("[data-file='peer.sh']"))).hasSize(1);
	}

	private void cluster(List<String> answers) {
		WebElement name = browser.findElement(By.id("name"));
		name.clear();
		name.sendKeys(answers.get(0));
		browser.findElement(By.cssSelector("label[for=location-" + answers.get(1) + "]")).click();
		browser.findElement(By.cssSelector("label[for=distribution-" + answers.get(2) + "]")).click();
		for (String typed : answers.get(3).split(" ")) {
			if (typed.isEmpty()) {
				continue;
			}
			int equals = typed.indexOf('=');
			WebElement field = browser.findElement(By.name(typed.substring(0, equals)));
			assertThat(field.isDisplayed()).as(typed).isTrue();
			field.clear();
			field.sendKeys(typed.substring(equals + 1));
		}
	}

	@Test
	void backAndCompletedStepsKeepTheAnswersAndOnlyMatchingDistributionsShow() {
		Browser.open(browser, url("/wizard/cluster-a?liqo=v0.3.2&network=internet"));
		browser.findElement(By.id("name")).sendKeys("edge");
		browser.findElement(By.cssSelector("label[for=location-onprem-nat]")).click();
		assertThat(browser.findElement(By.cssSelector("[data-locations=cloud]")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("field-a-natGatewayPort")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector("label[for=field-a-address]")).getText())
			.isEqualTo("Public address of the NAT router (required)");
		browser.findElement(By.cssSelector("label[for=distribution-k3s]")).click();
		assertThat(browser.findElement(By.id("field-a-podCidr")).getAttribute("value")).isEqualTo("10.42.0.0/16");
		browser.findElement(By.id("field-a-address")).sendKeys("203.0.113.10");
		Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Continue']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cluster B");
		Browser.clickAndWait(browser, By.linkText("Back"));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("edge");
		assertThat(browser.findElement(By.id("location-onprem-nat")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("distribution-k3s")).isSelected()).isTrue();
		Browser.clickAndWait(browser, By.linkText("1. Network"));
		assertThat(browser.findElement(By.id("network-internet")).isSelected()).isTrue();
		assertThat(browser.findElements(By.cssSelector(".wizard-steps a"))).extracting(WebElement::getText)
			.containsExactly("2. Cluster A", "3. Cluster B");
	}

	@Test
	void aShareLinkOpensTheSamePlanDirectly() {
		String share = "/plan?liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat&a.distribution=k3s"
				+ "&b.name=azure&b.location=cloud&b.distribution=aks";
		Browser.open(browser, url(share));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("On-premise behind NAT to cloud");
		assertThat(rows().get(0)).containsExactly("Auth Server", "NodePort with port-forwarding", "LoadBalancer/ingress");
		assertThat(browser.findElement(By.id("share-url")).getAttribute("value")).endsWith(share);
		assertThat(browser.findElement(By.cssSelector("#share [data-copy-target=share-url]")).isDisplayed()).isTrue();
		Browser.clickAndWait(browser, By.id("edit-wizard"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Network");
		assertThat(browser.findElement(By.id("network-internet")).isSelected()).isTrue();
	}

	private List<String> header() {
		return browser.findElements(By.cssSelector("#exposure thead tr > *"))
			.stream()
			.map((cell) -> cell.findElements(By.className("column-title")).isEmpty() ? cell.getText()
					: cell.findElement(By.className("column-title")).getText())
			.toList();
	}

	private List<List<String>> rows() {
		return browser.findElements(By.cssSelector("#exposure tbody tr"))
			.stream()
			.map((row) -> row.findElements(By.xpath("./*")).stream().map(WebElement::getText).toList())
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
