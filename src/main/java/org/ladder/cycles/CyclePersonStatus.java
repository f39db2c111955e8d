package org.ladder.cycles;

import java.time.LocalDate;

/** One person of a cycle (a drill-down below a unit): their personal goals' step, due date, overdue, escalated. */
public record CyclePersonStatus(long personId, String name, long unitId, Long managerId, Step step, LocalDate goalsDue,
        boolean overdue, boolean escalated) {

    /** A person's step in the cascade. */
    public enum Step {
        WAITING("Waiting for the unit's goals"), DRAFTING("Drafting personal goals"), DONE("Personal goals approved"),
        LEFT("Left during the cycle");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
