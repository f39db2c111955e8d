package org.ladder.cycles;

/** A launched cycle: its id, and how many units and people it covers (their processes follow in jobs). */
public record LaunchedCycle(long cycleId, String name, int units, int people) {
}
