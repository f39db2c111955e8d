package org.ladder.cycles;

import java.util.Optional;

/**
 * Which running cycle holds a unit in its scope (the whole organisation or a unit subtree): what the onboarding asks
 * when a person joins a unit. Answered from the cycles' own records ({@code CycleQueries}); a paused cycle still
 * runs, a cancelled or closed one does not.
 */
interface RunningCycles {

    /** The running cycle whose scope contains the unit, if any (the newest, should scopes ever nest). */
    Optional<Long> coveringUnit(long unitId);
}
