package org.ladder.checkins;

import java.time.Instant;
import java.util.List;

/**
 * A person submitted a check-in (published inside its transaction). {@code needsAttention} lists the goals the person
 * rated at risk or off track, for the manager's notification and the next 1:1's agenda (both written before the
 * check-in's transaction commits, with it). The person's open cadence task is already completed when this is
 * published.
 *
 * @param checkInId      the check-in
 * @param personId       whose check-in it is (the person who submitted it)
 * @param managerId      the person's manager when submitting, or null when the person has none
 * @param needsAttention ids of the goals rated at risk or off track, empty when none
 * @param submittedAt    when it was submitted
 */
public record CheckInSubmitted(long checkInId, long personId, Long managerId, List<Long> needsAttention,
        Instant submittedAt) {

    public CheckInSubmitted {
        needsAttention = List.copyOf(needsAttention);
    }
}
