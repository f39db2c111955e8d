package org.ladder.tasks;

import java.time.Instant;

/**
 * A reminder sent in an acknowledgement campaign: when, by whom ({@code byName} null: Ladder's own scheduled
 * reminder), how many people it reached, and for which unit ({@code unitName} null: everyone pending).
 */
public record Reminder(Instant at, String byName, int people, String unitName) {

    /** "Hannah Reyes" or "Ladder (scheduled)". */
    public String by() {
        return byName == null ? "Ladder (scheduled)" : byName;
    }
}
