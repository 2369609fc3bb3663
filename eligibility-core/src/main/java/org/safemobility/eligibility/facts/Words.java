package org.safemobility.eligibility.facts;

/** Small numbers in English words, as the reasons write them ("the five years before"). */
public final class Words {

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    private Words() {
    }

    /** {@code n} in words up to twelve, in digits above. */
    public static String number(int n) {
        return n >= 0 && n < SMALL.length ? SMALL[n] : Integer.toString(n);
    }
}
