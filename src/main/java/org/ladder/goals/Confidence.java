package org.ladder.goals;

/**
 * How the owner of a goal rates its chances at a check-in, on the check-in's three-point scale. A goal keeps the
 * confidence of its latest check-in; {@code AT_RISK} and {@code OFF_TRACK} mark it at risk whatever its progress.
 */
public enum Confidence {
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OFF_TRACK("Off track");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    /** The scale's words, as the check-in form and the goal page show them. */
    public String label() {
        return label;
    }

    /** At risk or off track: the manager is told at once and the goal heads the next 1:1's agenda. */
    public boolean needsAttention() {
        return this != ON_TRACK;
    }
}
