package org.ladder.goals;

import java.time.Instant;
import java.util.List;

/**
 * A change to a goal above the signed-in person's own goals that they are asked to acknowledge: what changed, why,
 * and their goals below it (which they may adjust in the same step).
 */
public record GoalChangeNotice(long campaignId, long revisionId, long goalId, String goalTitle, String changedBy,
        Instant changedAt, List<String> changes, String reason, List<GoalRef> myGoalsBelow) {
}
