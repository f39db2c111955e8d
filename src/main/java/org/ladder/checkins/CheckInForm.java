package org.ladder.checkins;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ladder.goals.GoalDetails;

/**
 * What the check-in form starts from: the signed-in person's active goals (with their key results and versions),
 * each goal's latest check-in (to start from its confidence), when the person last checked in, and this month's
 * pulse answer if there is one (answering again replaces it).
 */
public record CheckInForm(List<GoalDetails> goals, Map<Long, LatestCheckIn> latest, Instant lastCheckInAt,
        Integer pulseScoreThisMonth, String pulseCommentThisMonth) {

    public boolean hasGoals() {
        return !goals.isEmpty();
    }
}
