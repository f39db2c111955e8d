package org.ladder.base.text;

/**
 * Counts in words, in English: "1 unit", "4 units", "1 person", "2 people". One helper, so no screen writes
 * "1 units" or "4 problem(s)".
 */
public final class Plural {

    private Plural() {
    }

    /** The count and the noun, adding "s" unless the count is one: {@code count(4, "unit")} is "4 units". */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** The count and the noun, for nouns with their own plural: {@code count(2, "person", "people")}. */
    public static String count(long n, String singular, String plural) {
        return n + " " + word(n, singular, plural);
    }

    /** The noun alone, singular for one and plural otherwise (zero included: "0 people"). */
    public static String word(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }
}
