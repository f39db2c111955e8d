package org.ladder.checkins;

/** How often a person checks in: one check-in per period of this length. */
public enum Frequency {

    WEEKLY("Weekly", "every week"),
    EVERY_TWO_WEEKS("Every two weeks", "every two weeks"),
    MONTHLY("Monthly", "every month");

    private final String label;
    private final String phrase;

    Frequency(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    /** “Every two weeks”, for pickers and tables. */
    public String label() {
        return label;
    }

    /** “every two weeks”, inside a sentence. */
    public String phrase() {
        return phrase;
    }
}
