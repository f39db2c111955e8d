package org.ladder.charter;

import java.time.Instant;

/** A line of the version history. */
public record VersionSummary(long id, int number, CharterStatus status, String changeReason, String draftedByName,
        Instant createdAt, Instant publishedAt) {
}
