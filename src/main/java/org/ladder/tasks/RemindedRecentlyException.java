package org.ladder.tasks;

import java.time.Instant;

/**
 * A reminder about the task was sent a short while ago (by anyone): the next may go at {@link #nextAt()}. Nothing was
 * sent.
 */
public class RemindedRecentlyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Instant remindedAt;
    private final String remindedBy;
    private final Instant nextAt;

    public RemindedRecentlyException(Instant remindedAt, String remindedBy, Instant nextAt) {
        super("A reminder about this task was sent at " + remindedAt + " by " + remindedBy
                + "; the next can go from " + nextAt + ".");
        this.remindedAt = remindedAt;
        this.remindedBy = remindedBy;
        this.nextAt = nextAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public String remindedBy() {
        return remindedBy;
    }

    public Instant nextAt() {
        return nextAt;
    }
}
