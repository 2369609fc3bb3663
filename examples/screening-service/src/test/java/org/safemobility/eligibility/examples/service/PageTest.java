package org.safemobility.eligibility.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The interview page's form handling over plain HTTP, as a browser without JavaScript posts it. */
class PageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void englishWhenTheBrowserAsksForItAndSpanishByTheSwitch() throws Exception {
        assertTrue(get("/", "en-US,en;q=0.9").contains("<html lang=\"en\">"));
        assertTrue(get("/", "fr-FR,fr;q=0.9,es;q=0.5").contains("<html lang=\"es\">"));
        assertTrue(get("/", null).contains("<html lang=\"en\">"));
        assertTrue(get("/?lang=es", "en").contains("<html lang=\"es\">"));
    }

    @Test
    void aChangedPageIsRefusedWithoutEchoingIt() throws Exception {
        HttpResponse<String> response = post("lang=en&answers=" + enc("{\"id\":\"x\",\"office\":\"SECRET-OFFICE\"}")
                + "&field=dateOfBirth&action=answer&value=1990-01-01");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("could not be read"));
        assertFalse(response.body().contains("SECRET"));
    }

    @Test
    void aFormOverTheLimitIs413() throws Exception {
        assertEquals(413, post("lang=en&answers=" + "A".repeat(350 * 1024)).statusCode());
    }

    @Test
    void aWrongDateIsShownAsAnErrorWithoutTheValue() throws Exception {
        HttpResponse<String> start = post("lang=es&start=1&office=GT&applicationDate=2024-03-18");
        assertEquals(200, start.statusCode());
        String answers = hidden(start.body(), "answers");
        HttpResponse<String> wrong = post("lang=es&answers=" + enc(answers) + "&field=dateOfBirth&action=answer&value=1990-02-31");
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("role=\"alert\""));
        assertTrue(wrong.body().contains("AAAA-MM-DD"), "the Spanish words of malformed-date");
        assertFalse(wrong.body().contains("1990-02-31"));
        HttpResponse<String> nothing = post("lang=es&answers=" + enc(answers) + "&field=dateOfBirth&action=answer");
        assertEquals(422, nothing.statusCode());
        assertTrue(nothing.body().contains("No sé"));
    }

    @Test
    void declinedFieldsAreNotAskedAgainAndTravelInThePage() throws Exception {
        HttpResponse<String> start = post("lang=en&start=1&office=GT&applicationDate=2024-03-18");
        String answers = hidden(start.body(), "answers");
        String first = dataField(start.body());
        HttpResponse<String> next = post("lang=en&answers=" + enc(answers) + "&field=" + enc(first) + "&action=decline");
        assertEquals(200, next.statusCode());
        assertFalse(first.equals(dataField(next.body())));
        assertTrue(next.body().contains("name=\"declined\" value=\"" + first + "\""));
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no hidden " + name);
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String dataField(String html) {
        Matcher m = Pattern.compile("<fieldset data-field=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no question on the page");
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(RunningService.uri().resolve(path));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static HttpResponse<String> post(String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(RunningService.uri().resolve("/interview"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
