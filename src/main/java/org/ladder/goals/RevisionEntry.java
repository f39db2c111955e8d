package org.ladder.goals;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a goal: who, when, what changed (one line per change), why. {@code material} marks a change of
 * target, period, status or parent (what approvals and acknowledgements are about).
 */
public record RevisionEntry(long id, int number, Instant at, String actorName, String kind, List<String> changes,
        String reason, boolean material) {
}
