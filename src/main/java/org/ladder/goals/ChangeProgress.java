package org.ladder.goals;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the owners of the goals below a changed goal have acknowledged one change: total asked, acknowledged,
 * and (when everyone has) how long it took.
 */
public record ChangeProgress(long revisionId, int revisionNumber, Instant changedAt, String summary, int total,
        int acknowledged, Instant completedAt, Instant closedAt) {

    public int percent() {
        return total == 0 ? 100 : (int) Math.floor(acknowledged * 100.0 / total);
    }

    public Duration timeToComplete() {
        return completedAt == null ? null : Duration.between(changedAt, completedAt);
    }
}
