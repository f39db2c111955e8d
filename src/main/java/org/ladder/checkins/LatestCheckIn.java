package org.ladder.checkins;

import java.time.Instant;

import org.ladder.goals.Confidence;

/** A goal's latest check-in, as the 1:1 page shows it beside the agenda. */
public record LatestCheckIn(long goalId, Instant at, Confidence confidence, String blockers, String comment) {
}
