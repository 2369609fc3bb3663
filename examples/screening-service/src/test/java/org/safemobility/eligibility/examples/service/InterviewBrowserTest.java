package org.safemobility.eligibility.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (headless Chromium) whose browser asks for Spanish completes the
 * interview for each worked example: every question asked is answered from the example
 * applicant's JSON, or with "No sé" when the example has no answer. The result page must show
 * the statuses the policy's worked example expects.
 */
class InterviewBrowserTest {

    /** Questions an interview may ask before the test calls it stuck: an applicant has fewer fields. */
    private static final int MAX_TURNS = 60;

    /** The Spanish words for each status, as the page must show them. */
    private static final Map<String, String> SPANISH = Map.of("ELIGIBLE", "Elegible",
            "POSSIBLY_ELIGIBLE", "Posiblemente elegible", "NOT_ELIGIBLE", "No elegible");

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start("es-CR,es,en");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<WorkedExamples> examples() {
        return WorkedExamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theInterviewInSpanishEndsWithTheWorkedExamplesStatuses(WorkedExamples example) {
        List<String> asked = interview(example);
        assertEquals(example.statuses(), shownStatuses(), "asked: " + asked);
        for (WebElement badge : browser.findElements(By.cssSelector("section[data-pathway] > h3 [data-status]"))) {
            assertEquals(SPANISH.get(badge.getAttribute("data-status")), badge.getText());
        }
        assertEquals(asked.size(), new HashSet<>(asked).size(), "a field asked twice: " + asked);
        // every criterion shows its reason and its citation
        for (WebElement row : browser.findElements(By.cssSelector("tr[data-criterion]"))) {
            assertTrue(row.findElement(By.cssSelector(".citation")).getText().length() > "Fuente: ".length());
        }
        if (example.name().startsWith("02-")) {
            screenshot("screening-service-result.png");
        }
    }

    /** The start page follows Accept-Language; its switch gives English, and the interview keeps its answers across a switch. */
    @Test
    void languageFollowsTheBrowserAndTheSwitch() {
        browser.get(RunningService.uri().toString());
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Comenzar", browser.findElement(By.id("begin")).getText());
        new Select(browser.findElement(By.id("office"))).selectByValue("GT");
        WebElement date = browser.findElement(By.id("applicationDate"));
        date.clear();
        date.sendKeys("2023-09-04"); // the office was open then (example 01)
        submit("begin");
        String firstField = field();
        answer(WorkedExamples.named("01-"), firstField);
        String secondField = field();
        screenshot("screening-service-question.png");
        click(By.cssSelector("nav button[name=lang][value=en]"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(secondField, field(), "the switch must keep the answers and the question");
        assertEquals("I don't know", browser.findElement(By.id("decline")).getText());
    }

    /** Plays the interview; returns the fields asked, in order. */
    private static List<String> interview(WorkedExamples example) {
        browser.get(RunningService.uri().toString());
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        new Select(browser.findElement(By.id("office"))).selectByValue(example.applicant().get("office").asText());
        WebElement date = browser.findElement(By.id("applicationDate"));
        date.clear();
        date.sendKeys(example.applicant().get("applicationDate").asText());
        submit("begin");
        List<String> asked = new ArrayList<>();
        for (int turn = 0; turn < MAX_TURNS; turn++) {
            if (!browser.findElements(By.id("result")).isEmpty()) {
                return asked;
            }
            assertTrue(browser.findElements(By.id("error")).isEmpty(), () -> "answer rejected: "
                    + browser.findElement(By.id("error")).getText() + " after " + asked);
            String field = field();
            asked.add(field);
            answer(example, field);
        }
        return fail("no result after " + MAX_TURNS + " questions: " + asked);
    }

    private static String field() {
        if (browser.findElements(By.cssSelector("fieldset[data-field]")).isEmpty()) {
            fail("neither a question nor a result on the page: " + browser.findElement(By.tagName("body")).getText());
        }
        return browser.findElement(By.cssSelector("fieldset[data-field]")).getAttribute("data-field");
    }

    /** Answers the question on the page from the example, as a person would fill the form. */
    private static void answer(WorkedExamples example, String field) {
        JsonNode value = example.answer(field);
        if (value == null) {
            submit("decline");
            return;
        }
        String type = browser.findElement(By.cssSelector("fieldset[data-field]")).getAttribute("data-type");
        switch (type) {
            case "date", "integer" -> browser.findElement(By.cssSelector("input[name=value]")).sendKeys(value.asText());
            case "boolean", "enum" -> click("input[name=value][value='" + value.asText() + "']");
            case "enums" -> value.forEach(v -> click("input[name=value][value='" + v.asText() + "']"));
            case "country" -> new Select(browser.findElement(By.cssSelector("select[name=value]"))).selectByValue(value.asText());
            case "dates", "countries" -> {
                List<WebElement> boxes = browser.findElements(By.cssSelector("[name=value]"));
                assertTrue(value.size() <= boxes.size(), "the page offers too few boxes for " + field);
                for (int i = 0; i < value.size(); i++) {
                    if (type.equals("dates")) {
                        boxes.get(i).sendKeys(value.get(i).asText());
                    } else {
                        new Select(boxes.get(i)).selectByValue(value.get(i).asText());
                    }
                }
            }
            case "list" -> {
                List<WebElement> lines = browser.findElements(By.cssSelector("select[name=entry]"));
                if (lines.isEmpty()) { // a list without choices: how many entries
                    browser.findElement(By.cssSelector("input[name=value]")).sendKeys(String.valueOf(value.size()));
                } else {
                    assertTrue(value.size() <= lines.size(), "the page offers too few lines for " + field);
                    for (int i = 0; i < value.size(); i++) {
                        new Select(lines.get(i)).selectByValue(value.get(i).get("relationship").asText());
                        if (value.get(i).has("i130")) {
                            click("input[name='i130." + i + "']");
                        }
                    }
                }
            }
            default -> fail("an answer type the test does not know: " + type);
        }
        submit("answer");
    }

    /** Clicks a submit button and waits for the next page: a click returns before the browser has navigated. */
    private static void submit(String buttonId) {
        click(By.id(buttonId));
    }

    /** Clicks and waits until the page it was on is gone. */
    private static void click(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(20)).until(d -> gone(page));
    }

    /** Whether an element's page has been replaced; Chromium's driver says so with a stale reference or a lost node. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private static void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }

    private static Map<String, String> shownStatuses() {
        Map<String, String> out = new LinkedHashMap<>();
        for (WebElement section : browser.findElements(By.cssSelector("section[data-pathway]"))) {
            out.put(section.getAttribute("data-pathway"),
                    section.findElement(By.cssSelector("h3 [data-status]")).getAttribute("data-status"));
        }
        return out;
    }

    /** The page as a picture: into target/ always; into the folder -Dscreening.screenshots names too (docs/images). */
    private static void screenshot(String name) {
        try {
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of("target", name);
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            String docs = System.getProperty("screening.screenshots");
            if (docs != null && !docs.isBlank()) {
                Files.copy(shot, Path.of(docs, name), StandardCopyOption.REPLACE_EXISTING);
            }
            assertTrue(Files.size(target) > 10_000, "the screenshot is empty");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
