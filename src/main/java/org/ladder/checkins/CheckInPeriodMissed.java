package org.ladder.checkins;

import java.time.Instant;
import java.time.LocalDate;

/** A period of a person's cadence ended without a check-in (published in the engine's transaction). */
public record CheckInPeriodMissed(long personId, LocalDate periodStart, Instant dueAt) {
}
