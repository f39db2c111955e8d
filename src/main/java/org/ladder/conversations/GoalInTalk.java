package org.ladder.conversations;

import java.time.Instant;

import org.ladder.goals.Confidence;
import org.ladder.goals.GoalRef;

/**
 * One of the report's goals beside the 1:1's agenda, with its latest check-in (all null before the first one).
 */
public record GoalInTalk(GoalRef goal, Instant lastCheckInAt, Confidence confidence, String blockers,
        String comment) {

    public boolean needsAttention() {
        return confidence != null && confidence.needsAttention();
    }
}
