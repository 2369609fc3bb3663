package org.safemobility.eligibility.examples.service;

import java.net.URI;
import java.time.Clock;
import org.safemobility.eligibility.EligibilityEngine;

/** One service for the tests of this JVM, on a free port, started on first use and stopped when the JVM ends. */
final class RunningService {

    private static ScreeningServer server;

    private RunningService() {
    }

    static synchronized URI uri() {
        if (server == null) {
            server = ScreeningServer.create(EligibilityEngine.builder().build(), Clock.systemUTC()).start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return URI.create("http://localhost:" + server.port());
    }
}
