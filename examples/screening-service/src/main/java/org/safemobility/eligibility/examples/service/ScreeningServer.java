package org.safemobility.eligibility.examples.service;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.safemobility.eligibility.EligibilityEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web service on one shared engine: the interview page, the JSON API and the health check,
 * wired in Javalin. The request log names method, path, status and time only: the path never
 * holds applicant data, and neither bodies nor query strings are logged.
 */
public final class ScreeningServer {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningServer.class);

    /** How long a stop waits for requests under way to finish. */
    static final long STOP_TIMEOUT_MS = 10_000;

    private final Javalin app;
    private final AtomicBoolean stopping = new AtomicBoolean();

    private ScreeningServer(EligibilityEngine engine, Clock clock) {
        Languages languages = new Languages(engine.languages());
        ApiHandlers api = new ApiHandlers(engine, languages);
        InterviewPage page = new InterviewPage(engine, languages, clock);
        String health = "{\"status\":\"UP\",\"rulesetVersion\":\"" + engine.rulesetVersion().replace("\"", "") + "\"}";
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = ApiHandlers.MAX_BODY;
            config.jetty.modifyServer(server -> {
                // graceful stop: refuse new connections, let requests under way finish (up to the timeout)
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setHandler(new GracefulHandler());
            });
            config.events.serverStopping(() -> stopping.set(true));
            config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(),
                    ctx.status().getCode(), Math.round(ms)));
            config.routes.get("/", page::start);
            config.routes.post("/interview", page::step);
            config.routes.post("/api/screenings", api::screenings);
            config.routes.post("/api/questions", api::questions);
            config.routes.get("/health", ctx -> {
                if (stopping.get()) {
                    ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("application/json").result("{\"status\":\"STOPPING\"}");
                } else {
                    ctx.contentType("application/json").result(health);
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                // the class only: a message could hold input; the library's own never do, others might
                LOG.error("request failed: {} {}: {}", ctx.method(), ctx.path(), e.getClass().getName());
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain").result("internal error");
            });
        });
    }

    /** A server for {@code engine}, not yet started. */
    public static ScreeningServer create(EligibilityEngine engine, Clock clock) {
        return new ScreeningServer(engine, clock);
    }

    /** Starts listening on {@code port} (0: any free port); returns this. */
    public ScreeningServer start(int port) {
        app.start(port);
        LOG.info("screening service listening on port {}", app.port());
        return this;
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** Stops gracefully: health turns 503, new connections are refused, requests under way finish. */
    public void stop() {
        stopping.set(true);
        app.stop();
    }
}
