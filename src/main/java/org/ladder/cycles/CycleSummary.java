package org.ladder.cycles;

import java.time.Instant;
import java.time.LocalDate;

/** A cycle as lists show it: name, period, scope, where it stands and the deadline of its current phase. */
public record CycleSummary(long id, String name, LocalDate periodStart, LocalDate periodEnd, Long scopeUnitId,
        String scopeName, CycleStatus status, CyclePhase phase, LocalDate phaseDeadline, String launchedBy,
        Instant launchedAt) {
}
