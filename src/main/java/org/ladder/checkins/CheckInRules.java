package org.ladder.checkins;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ladder.goals.Confidence;

/**
 * The rules of a check-in that are its own (the values' ranges are the goals module's key-result rules): every
 * active goal once, a confidence for each, texts within their limits, a value for every key result, the pulse
 * 1–5 with a line of at most 280 characters. Every broken rule at once, keyed by field ({@link CheckInDraft}).
 */
final class CheckInRules {

    /** An active goal of the person, as the rules need it. */
    record ActiveGoal(long id, String title, long version, Set<Long> keyResultIds) {
    }

    private CheckInRules() {
    }

    static Map<String, String> check(List<ActiveGoal> active, CheckInDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (active.isEmpty()) {
            errors.put(CheckInDraft.GOALS_FIELD, "You have no active goal to check in on.");
            return errors;
        }
        Map<Long, ActiveGoal> byId = new LinkedHashMap<>();
        active.forEach(g -> byId.put(g.id(), g));
        Set<Long> seen = new HashSet<>();
        for (CheckInDraft.GoalEntry entry : draft.goals()) {
            ActiveGoal goal = byId.get(entry.goalId());
            if (goal == null) {
                errors.putIfAbsent(CheckInDraft.GOALS_FIELD, "Goal " + entry.goalId() + " is not one of your active "
                        + "goals any more: reload the form.");
                continue;
            }
            if (!seen.add(goal.id())) {
                errors.putIfAbsent(CheckInDraft.GOALS_FIELD, "“" + goal.title() + "” is in this check-in twice.");
                continue;
            }
            checkEntry(goal, entry, errors);
        }
        for (ActiveGoal goal : active) {
            if (!seen.contains(goal.id())) {
                errors.putIfAbsent(CheckInDraft.GOALS_FIELD, "“" + goal.title() + "” became active since you opened "
                        + "the form: reload it to check in on every active goal.");
            }
        }
        checkPulse(draft.pulseScore(), draft.pulseComment(), errors);
        return errors;
    }

    private static void checkEntry(ActiveGoal goal, CheckInDraft.GoalEntry entry, Map<String, String> errors) {
        if (entry.confidence() == null) {
            errors.put(CheckInDraft.confidenceField(goal.id()), "Rate your confidence: "
                    + String.join(", ", java.util.Arrays.stream(Confidence.values())
                            .map(c -> c.label().toLowerCase()).toList()) + ".");
        }
        if (length(entry.blockers()) > CheckInLimits.BLOCKERS_MAX_LENGTH) {
            errors.put(CheckInDraft.blockersField(goal.id()), "Keep the blockers under "
                    + CheckInLimits.BLOCKERS_MAX_LENGTH + " characters.");
        }
        if (length(entry.comment()) > CheckInLimits.COMMENT_MAX_LENGTH) {
            errors.put(CheckInDraft.commentField(goal.id()), "Keep the comment under "
                    + CheckInLimits.COMMENT_MAX_LENGTH + " characters.");
        }
        for (Long keyResultId : goal.keyResultIds()) {
            BigDecimal value = entry.values().get(keyResultId);
            if (value == null) {
                errors.put(CheckInDraft.valueField(goal.id(), keyResultId), "Give the current value (the last one if "
                        + "nothing changed).");
            }
        }
        for (Long keyResultId : entry.values().keySet()) {
            if (!goal.keyResultIds().contains(keyResultId)) {
                errors.putIfAbsent(CheckInDraft.goalField(goal.id()), "A key result of “" + goal.title()
                        + "” changed since you opened the form: reload it.");
            }
        }
    }

    static void checkPulse(Integer score, String comment, Map<String, String> errors) {
        String line = blankToNull(comment);
        if (score == null) {
            if (line != null) {
                errors.put(CheckInDraft.PULSE_SCORE_FIELD, "Choose a score from " + CheckInLimits.PULSE_MIN + " to "
                        + CheckInLimits.PULSE_MAX + " to go with your line, or clear the line.");
            }
        } else if (score < CheckInLimits.PULSE_MIN || score > CheckInLimits.PULSE_MAX) {
            errors.put(CheckInDraft.PULSE_SCORE_FIELD, "The answer is a score from " + CheckInLimits.PULSE_MIN
                    + " to " + CheckInLimits.PULSE_MAX + ".");
        }
        if (line != null && line.length() > CheckInLimits.PULSE_COMMENT_MAX_LENGTH) {
            errors.put(CheckInDraft.PULSE_COMMENT_FIELD, "Keep it to one line of at most "
                    + CheckInLimits.PULSE_COMMENT_MAX_LENGTH + " characters.");
        } else if (line != null && (line.contains("\n") || line.contains("\r"))) {
            errors.put(CheckInDraft.PULSE_COMMENT_FIELD, "Keep it to one line.");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static int length(String text) {
        String t = blankToNull(text);
        return t == null ? 0 : t.length();
    }
}
