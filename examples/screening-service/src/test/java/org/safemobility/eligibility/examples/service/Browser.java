package org.safemobility.eligibility.examples.service;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its driver, headless ({@code apt-get install chromium chromium-driver},
 * as .ci/run does). The paths are given outright so Selenium Manager never looks for, or
 * downloads, a browser or a driver; without them the test fails and says what to install.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("screening.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("screening.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A headless Chromium whose Accept-Language lists {@code acceptLanguage}, languages best first, no weights ({@code es-CR,es,en}). */
    static ChromeDriver start(String acceptLanguage) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new AssertionError(binary + " is missing: install Debian's browser and driver with"
                        + " `apt-get install -y chromium chromium-driver` (.ci/run does)");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("screening-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile,
                // headless Chromium ignores the profile's language preference; these set the header
                "--lang=" + acceptLanguage.split(",")[0], "--accept-lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
