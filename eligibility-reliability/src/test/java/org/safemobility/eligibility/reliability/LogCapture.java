package org.safemobility.eligibility.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every SLF4J event, at every level down to TRACE, from every logger (the library's,
 * Drools', anything else's) while open: logback's {@link ListAppender} on the root logger.
 */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level before = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
    }

    List<ILoggingEvent> events() {
        return new ArrayList<>(appender.list);
    }

    /**
     * Every text an event carries: logger, message pattern, formatted message, each argument,
     * key-value pairs, MDC values, and for its throwable each class name, message, cause and
     * suppressed exception.
     */
    static List<String> texts(ILoggingEvent e) {
        List<String> out = new ArrayList<>();
        out.add(e.getLoggerName());
        out.add(e.getMessage());
        out.add(e.getFormattedMessage());
        if (e.getArgumentArray() != null) {
            for (Object a : e.getArgumentArray()) {
                out.add(String.valueOf(a));
            }
        }
        if (e.getKeyValuePairs() != null) {
            e.getKeyValuePairs().forEach(kv -> out.add(kv.key + "=" + kv.value));
        }
        e.getMDCPropertyMap().forEach((k, v) -> out.add(k + "=" + v));
        throwable(e.getThrowableProxy(), out, 0);
        return out;
    }

    private static void throwable(IThrowableProxy t, List<String> out, int depth) {
        if (t == null || depth > 20) {
            return;
        }
        out.add(t.getClassName());
        out.add(t.getMessage());
        throwable(t.getCause(), out, depth + 1);
        for (IThrowableProxy s : t.getSuppressed()) {
            throwable(s, out, depth + 1);
        }
    }

    @Override
    public void close() {
        root.setLevel(before);
        root.detachAppender(appender);
        appender.stop();
    }
}
