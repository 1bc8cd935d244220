package dev.liqowizard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's ChromeDriver, both named explicitly so that
 * Selenium never tries to download a browser (there is no Internet here).
 */
public final class Browser {

	private static final String CHROMIUM = System.getProperty("wizard.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("wizard.chromedriver", "/usr/bin/chromedriver");

	private Browser() {
	}

	/**
	 * Clicks something that loads a new page and waits until the new page is there. The page being
	 * left is marked on its window object, which the next page does not inherit; asking the old
	 * page's elements whether they are stale instead races with Chromium tearing the document down
	 * ("Node with given id does not belong to the document" comes back as an unknown error).
	 */
	public static void clickAndWait(WebDriver driver, By target) {
		((JavascriptExecutor) driver).executeScript("window.wizardTestLeftPage = true;");
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.ignoring(WebDriverException.class)
			.withMessage(() -> "no new page came after clicking " + target + "; still at " + driver.getCurrentUrl())
			.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
					"return window.wizardTestLeftPage !== true && document.readyState === 'complete';")));
	}

	/** Opens a page and waits until it is there, heading and all. */
	public static void open(WebDriver driver, String url) {
		driver.get(url);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	public static WebDriver start() {
		return start(1280, 900);
	}

	public static WebDriver start(int width, int height) {
		Path profile;
		try {
			profile = Files.createTempDirectory("chromium-profile");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The profile is Chromium's scratch space: gone when the test JVM ends, so /tmp does not fill up.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(profile)));
		ChromeOptions options = new ChromeOptions();
		// Reduced motion turns off Bootstrap's smooth scrolling, which would move buttons under a click.
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--force-prefers-reduced-motion",
				"--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	private static void deleteTree(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// Left behind in the temporary directory; nothing a test depends on.
		}
	}

}
