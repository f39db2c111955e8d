package org.ladder.tasks;

import java.time.Duration;
import java.time.Instant;

/**
 * One org unit's progress in a campaign, counting the unit and every unit below it (people counted in the unit
 * they belonged to when asked). {@code parentId} places it in the unit tree (null for a top unit and for the
 * people without a unit, whose {@code unitId} is null). {@code timeToComplete} is set once everyone in it has
 * acknowledged; {@code lastReminder} is the newest reminder that reached its people (for it, a unit above it, or
 * everyone), if any.
 */
public record UnitProgress(Long unitId, Long parentId, String unitName, int total, int acknowledged,
        Instant lastAcknowledgedAt, Duration timeToComplete, Reminder lastReminder) {

    public int pending() {
        return total - acknowledged;
    }

    /** Share acknowledged, 0–100, rounded half up; 100 only when everyone has, 0 only when nobody has. */
    public int percent() {
        return Shares.percent(acknowledged, total);
    }

    public boolean complete() {
        return acknowledged >= total;
    }
}
