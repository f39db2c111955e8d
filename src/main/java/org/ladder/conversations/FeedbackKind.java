package org.ladder.conversations;

/** What a piece of feedback is. */
public enum FeedbackKind {
    PRAISE("Praise"),
    CONSTRUCTIVE("Constructive");

    private final String label;

    FeedbackKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
