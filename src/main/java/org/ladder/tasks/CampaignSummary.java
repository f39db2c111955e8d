package org.ladder.tasks;

import java.time.Instant;

/** An acknowledgement campaign: what is to be acknowledged, by how many, how far along. */
public record CampaignSummary(long id, String subjectType, long subjectId, String title, String link,
        Instant startedAt, int total, int pending, Instant completedAt, Instant closedAt) {

    public int acknowledged() {
        return total - pending;
    }

    /** Share acknowledged, 0–100, rounded half up; 100 only when everyone has, 0 only when nobody has. */
    public int percent() {
        return Shares.percent(acknowledged(), total);
    }

    public boolean isOpen() {
        return completedAt == null && closedAt == null;
    }
}
