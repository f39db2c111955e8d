package org.ladder.reviews;

/** The two ratings a review keeps apart. */
public enum RatingKind {
    PERFORMANCE("Performance"), ALIGNMENT("Alignment");

    private final String label;

    RatingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
