package org.ladder.reviews;

import java.util.List;

/** A rating scale: {@code labels.size()} points, rated 1..n, each with its label ("1 — Below expectations"). */
public record RatingScale(String name, List<String> labels) {

    public RatingScale {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public int points() {
        return labels.size();
    }

    /** The label of a rating, e.g. “4 — Exceeds expectations”; null for none. */
    public String label(Integer rating) {
        if (rating == null || rating < 1 || rating > points()) {
            return null;
        }
        return rating + " — " + labels.get(rating - 1);
    }

    /** In the top half: above the scale's middle (4 and 5 of 5; 3 and 4 of 4). */
    public boolean isHigh(int rating) {
        return rating * 2 > points() + 1;
    }

    /** In the bottom half: below the scale's middle (1 and 2 of 5; 1 and 2 of 4). */
    public boolean isLow(int rating) {
        return rating * 2 < points() + 1;
    }
}
