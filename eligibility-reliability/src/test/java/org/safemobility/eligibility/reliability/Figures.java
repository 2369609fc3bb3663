package org.safemobility.eligibility.reliability;

/** Prints a measured figure for docs/reliability.md, one line each: {@code FIGURE name: text}. */
final class Figures {

    private Figures() {
    }

    static void print(String name, String text) {
        System.out.println("FIGURE " + name + ": " + text);
    }
}
