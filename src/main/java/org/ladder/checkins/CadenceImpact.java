package org.ladder.checkins;

import java.util.Map;

/**
 * What a cadence command would touch, for the confirmation: the active people in the scope, and how many of them
 * run a cadence now (by frequency).
 */
public record CadenceImpact(int people, Map<Frequency, Integer> running) {

    public CadenceImpact {
        running = Map.copyOf(running);
    }

    public int runningCount() {
        return running.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int withoutCadence() {
        return people - runningCount();
    }
}
