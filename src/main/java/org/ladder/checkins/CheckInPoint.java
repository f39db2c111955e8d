package org.ladder.checkins;

import java.time.Instant;

import org.ladder.goals.Confidence;

/** One check-in of a goal, for its chart: when, the goal's progress right after it (0–100), the confidence. */
public record CheckInPoint(Instant at, double progress, Confidence confidence) {
}
