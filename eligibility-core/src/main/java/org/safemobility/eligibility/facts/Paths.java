package org.safemobility.eligibility.facts;

/**
 * Field paths of list entries ({@code usRelatives[2].i130.status}), built once per index and
 * shared: rules ask for them on every evaluation, and concatenating them each time was a
 * measurable share of a screening's allocations.
 */
final class Paths {

    private static final int TABLE_SIZE = 32;

    private final String list;
    private final String suffix;
    private final String[] table = new String[TABLE_SIZE];

    Paths(String list, String suffix) {
        this.list = list;
        this.suffix = suffix;
        for (int i = 0; i < TABLE_SIZE; i++) {
            table[i] = build(i);
        }
    }

    /** The path of entry {@code index}. */
    String at(int index) {
        return index >= 0 && index < TABLE_SIZE ? table[index] : build(index);
    }

    private String build(int index) {
        return list + "[" + index + "]" + suffix;
    }
}
