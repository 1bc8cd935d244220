package dev.liqowizard.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.liqowizard.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan page of the NAT seed with every value the files need, at 1280 px and on a 390 px
 * phone, into {@code target/screenshots/plan-1280.png} and {@code plan-390.png}: the pictures of
 * the page that go with a change note. The top of the page, not all of it, keeps them small.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanPageScreenshotBrowserTests {

	static final String COMPLETE_NAT = "liqo=v0.3.2&network=internet&a.name=edge&a.location=onprem-nat"
			+ "&a.distribution=k3s&a.address=203.0.113.10&b.name=azure&b.location=cloud&b.distribution=aks"
			+ "&b.address=azure-1a2b3c4d.hcp.westeurope.azmk8s.io&b.podCidr=10.244.0.0/16&b.serviceCidr=10.0.0.0/16";

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	private int port;

	@Test
	void savesThePlanPageAtDesktopAndPhoneWidths() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		save(1280, 2200, false, "plan-1280.png");
		save(390, 2600, true, "plan-390.png");
	}

	private void save(int width, int height, boolean mobile, String file) throws IOException {
		ChromeDriver browser = (ChromeDriver) Browser.start(Math.max(width, 500), 900);
		try {
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", mobile));
			Browser.open(browser, "http://localhost:" + this.port + "/plan?" + COMPLETE_NAT);
			long pageHeight = (Long) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollHeight");
			long shown = Math.min(pageHeight, height);
			Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip",
							Map.of("x", 0, "y", 0, "width", width, "height", shown, "scale", 1)));
			byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
			assertThat(png.length).isGreaterThan(10_000);
			Files.write(SCREENSHOTS.resolve(file), png);
		}
		finally {
			browser.quit();
		}
	}

}
