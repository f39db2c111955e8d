package org.ladder.reviews;

import java.util.List;
import java.util.Map;

/**
 * What a self or a manager review says: per goal of the period a result and a comment, and the answers to the
 * template's questions by key (a text, or a rating on the performance scale as its number).
 */
public record ReviewAnswers(List<GoalAnswer> goals, Map<String, String> texts, Map<String, Integer> ratings) {

    public ReviewAnswers {
        goals = goals == null ? List.of() : List.copyOf(goals);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }

    public static ReviewAnswers none() {
        return new ReviewAnswers(List.of(), Map.of(), Map.of());
    }

    /** One goal's result and comment. */
    public record GoalAnswer(long goalId, GoalResult result, String comment) {
    }
}
