package org.ladder.reviews;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What HR writes in a template: its name, sections with their questions, the performance and the alignment scale
 * (2–10 labelled points each), whether peers are asked, and the deadline in days of each step
 * ({@link ReviewLimits#TIMED_STEPS}).
 */
public record TemplateDraft(String name, List<ReviewSection> sections, RatingScale performanceScale,
        RatingScale alignmentScale, boolean peersAsked, Map<ReviewStep, Integer> deadlineDays) {

    public TemplateDraft {
        sections = sections == null ? List.of() : List.copyOf(sections);
        deadlineDays = deadlineDays == null ? Map.of() : Map.copyOf(deadlineDays);
    }

    /** The deadline of a step in days, the default when the draft names none. */
    public int daysFor(ReviewStep step) {
        return deadlineDays.getOrDefault(step, ReviewLimits.DEFAULT_DEADLINE_DAYS);
    }

    /** Every timed step's deadline, defaults filled in. */
    public Map<ReviewStep, Integer> allDeadlines() {
        Map<ReviewStep, Integer> all = new EnumMap<>(ReviewStep.class);
        for (ReviewStep step : ReviewLimits.TIMED_STEPS) {
            all.put(step, daysFor(step));
        }
        return all;
    }
}
