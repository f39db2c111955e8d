package org.ladder.checkins;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ladder.goals.Confidence;

/**
 * What a person submits at a check-in: one entry per active goal of theirs, and optionally the alignment pulse.
 * The service's field errors are keyed as {@link #confidenceField}, {@link #valueField}, … name them, so the form
 * shows each on its field.
 *
 * @param goals        one entry per active goal
 * @param pulseScore   the answer to "I see how my work contributes to our goals", 1–5, or null (not answered)
 * @param pulseComment one optional line with the pulse answer
 */
public record CheckInDraft(List<GoalEntry> goals, Integer pulseScore, String pulseComment) {

    /** The general error of a check-in (no active goal, a goal missing from the form). */
    public static final String GOALS_FIELD = "goals";
    public static final String PULSE_SCORE_FIELD = "pulseScore";
    public static final String PULSE_COMMENT_FIELD = "pulseComment";

    public CheckInDraft {
        goals = List.copyOf(goals);
    }

    /**
     * One goal of a check-in.
     *
     * @param goalId     the goal
     * @param version    the goal's version when the form was opened (a later save is a conflict)
     * @param values     the value given per key result (by key-result id): every key result of the goal
     * @param confidence on track, at risk or off track
     * @param blockers   what stands in the way, optional
     * @param comment    optional
     */
    public record GoalEntry(long goalId, long version, Map<Long, BigDecimal> values, Confidence confidence,
            String blockers, String comment) {

        public GoalEntry {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    public static String goalField(long goalId) {
        return "goals[" + goalId + "]";
    }

    public static String confidenceField(long goalId) {
        return goalField(goalId) + ".confidence";
    }

    public static String blockersField(long goalId) {
        return goalField(goalId) + ".blockers";
    }

    public static String commentField(long goalId) {
        return goalField(goalId) + ".comment";
    }

    public static String valueField(long goalId, long keyResultId) {
        return goalField(goalId) + ".keyResults[" + keyResultId + "]";
    }
}
