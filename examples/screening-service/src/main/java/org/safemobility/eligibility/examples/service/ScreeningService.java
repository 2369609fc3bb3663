package org.safemobility.eligibility.examples.service;

import java.time.Clock;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * Starts the screening service: {@code java -jar screening-service.jar [--port N]} (8080 by
 * default). The engine is built once and shared by every request; a stop signal (Ctrl-C,
 * {@code kill}) stops the server gracefully.
 */
public final class ScreeningService {

    private ScreeningService() {
    }

    /**
     * Builds the engine, starts the server and stops it gracefully when the JVM is asked to end.
     *
     * @param args {@code --port N} or nothing; anything else exits with status 2 and the usage
     */
    public static void main(String[] args) {
        int port;
        try {
            port = port(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar screening-service.jar [--port N]");
            System.exit(2);
            return;
        }
        EligibilityEngine engine = EligibilityEngine.builder().build();
        ScreeningServer server = ScreeningServer.create(engine, Clock.systemDefaultZone()).start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "graceful-stop"));
    }

    /** The port of {@code --port N} or {@code --port=N}, 8080 without one. */
    static int port(String[] args) {
        int port = 8080;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--port") && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith("--port=")) {
                value = args[i].substring("--port=".length());
            } else {
                throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
            try {
                port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port takes a number from 0 to 65535");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port takes a number from 0 to 65535");
            }
        }
        return port;
    }
}
