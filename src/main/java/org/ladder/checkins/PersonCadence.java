package org.ladder.checkins;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's cadence as they and HR see it: how often and until when, whether it runs, the open check-in's period
 * and due date (null when none is open), and how many periods were missed.
 */
public record PersonCadence(long personId, Frequency frequency, LocalDate endsOn, boolean running,
        String openPeriod, Instant openDue, long missedPeriods) {
}
