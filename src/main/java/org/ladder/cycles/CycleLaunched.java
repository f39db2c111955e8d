package org.ladder.cycles;

/** HR launched a cycle (published after its rows are written, in the launch's transaction). */
public record CycleLaunched(long cycleId, String name, int units, int people, String launchedBy) {
}
