package org.safemobility.eligibility.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;

/** Stopping a server of its own: it answers until stopped, then the port is closed; the arguments of main are checked. */
class GracefulStopTest {

    @Test
    void afterStopThePortIsClosed() throws Exception {
        ScreeningServer server = ScreeningServer.create(EligibilityEngine.builder().build(), Clock.systemUTC()).start(0);
        URI health = URI.create("http://localhost:" + server.port() + "/health");
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        server.stop();
        HttpClient fresh = HttpClient.newHttpClient(); // no pooled connection to the stopped server
        assertThrows(ConnectException.class, () -> send(fresh, health));
    }

    @Test
    void portArgument() {
        assertEquals(8080, ScreeningService.port(new String[0]));
        assertEquals(9000, ScreeningService.port(new String[] {"--port", "9000"}));
        assertEquals(0, ScreeningService.port(new String[] {"--port=0"}));
        assertThrows(IllegalArgumentException.class, () -> ScreeningService.port(new String[] {"--port", "70000"}));
        assertThrows(IllegalArgumentException.class, () -> ScreeningService.port(new String[] {"--port", "x"}));
        assertThrows(IllegalArgumentException.class, () -> ScreeningService.port(new String[] {"--verbose"}));
    }

    private static void send(HttpClient http, URI uri) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
