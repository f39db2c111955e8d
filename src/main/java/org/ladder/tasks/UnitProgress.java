package org.ladder.tasks;

import java.time.Duration;
import java.time.Instant;

/**
 * One org unit's progress in a campaign (people counted in the unit they belonged to when asked).
 * {@code timeToComplete} is set once everyone in the unit has acknowledged.
 */
public record UnitProgress(Long unitId, String unitName, int total, int acknowledged, Instant lastAcknowledgedAt,
        Duration timeToComplete) {

    public int pending() {
        return total - acknowledged;
    }

    public int percent() {
        return total == 0 ? 100 : (int) Math.floor(100.0 * acknowledged / total);
    }
}
