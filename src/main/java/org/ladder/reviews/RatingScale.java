package org.ladder.reviews;

import java.util.List;

/** A rating scale: {@code labels.size()} points, rated 1..n, each with its label ("1 — Below expectations"). */
public record RatingScale(String name, List<String> labels) {

    public RatingScale {
        labels = List.copyOf(labels);
    }

    public int points() {
        return labels.size();
    }
}
