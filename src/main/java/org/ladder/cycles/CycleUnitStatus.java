package org.ladder.cycles;

import java.time.LocalDate;

/**
 * One unit of a cycle: its cascade step ({@code unitGoals}: waiting for the level above, setting, ready; overdue and
 * escalated) and its people's personal goals: done, pending, overdue, escalated.
 */
public record CycleUnitStatus(long unitId, String unitName, int level, Long parentUnitId, Long headId,
        String headName, UnitStep unitGoals, LocalDate goalsDue, boolean overdue, boolean escalated, int peopleDone,
        int peoplePending, int peopleOverdue, int peopleEscalated) {

    /** The unit's own cascade step. */
    public enum UnitStep {
        WAITING("Waiting for the level above"), SETTING("Setting the unit's goals"), READY("Goals set");

        private final String label;

        UnitStep(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
