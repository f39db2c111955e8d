package org.ladder.checkins;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ladder.goals.Confidence;

/** A submitted check-in as its history shows it. */
public record CheckInView(long id, long personId, Instant submittedAt, List<GoalEntry> goals) {

    public CheckInView {
        goals = List.copyOf(goals);
    }

    /** A goal of the check-in: the title at the time, the confidence, progress after it, texts, values given. */
    public record GoalEntry(long goalId, String goalTitle, Confidence confidence, double progress, String blockers,
            String comment, Map<Long, BigDecimal> values) {
    }

    public List<GoalEntry> needingAttention() {
        return goals.stream().filter(g -> g.confidence().needsAttention()).toList();
    }
}
