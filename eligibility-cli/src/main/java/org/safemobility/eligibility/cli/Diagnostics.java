package org.safemobility.eligibility.cli;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * The diagnostic lines of one run on standard error, bounded: the first {@link #SHOWN} are
 * printed, the rest only counted, and {@link #finish} prints one line with that count. A million
 * invalid lines would otherwise print a million diagnostic lines (over 100 MB) that nobody reads;
 * what a program needs stays complete on standard output (evaluate's error objects). Not
 * thread-safe: used on the thread that writes the output.
 */
final class Diagnostics {

    /** Diagnostic lines printed before the rest are only counted. */
    static final int SHOWN = 20;

    private final PrintWriter err;
    private final String command;
    private long printed;
    private long withheld;

    /**
     * @param err     standard error
     * @param command the command, first word of the count line ({@code evaluate})
     */
    Diagnostics(PrintWriter err, String command) {
        this.err = Objects.requireNonNull(err, "err");
        this.command = Objects.requireNonNull(command, "command");
    }

    /** Prints {@code line} while fewer than {@link #SHOWN} were printed, else counts it. */
    void println(String line) {
        if (printed < SHOWN) {
            err.println(line);
            printed++;
        } else {
            withheld++;
        }
    }

    /** Diagnostic lines counted but not printed so far. */
    long withheld() {
        return withheld;
    }

    /**
     * Prints the count of the lines not shown, if any, ending with {@code where} (where the whole
     * story is: {@code "every error object is on standard output"}), and flushes.
     */
    void finish(String where) {
        if (withheld > 0) {
            err.println(command + ": " + withheld + " more diagnostic line" + (withheld == 1 ? "" : "s")
                    + " not shown; " + where);
        }
        err.flush();
    }
}
