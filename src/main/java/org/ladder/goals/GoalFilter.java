package org.ladder.goals;

import java.time.LocalDate;

/**
 * Narrows the alignment tree: goals of a unit (its unit goals and its members' goals), of a person, in a status,
 * overlapping a period. A goal is shown when it matches or a goal below it does (so the chain stays visible).
 * All parts are optional; {@link #NONE} shows everything.
 */
public record GoalFilter(Long unitId, Long personId, GoalStatus status, LocalDate from, LocalDate to) {

    public static final GoalFilter NONE = new GoalFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return unitId == null && personId == null && status == null && from == null && to == null;
    }
}
