package org.ladder.cycles;

import java.time.LocalDate;

/**
 * Where one phase stands: how many of its items (units and people in the cascade; the leadership task in define
 * and revise) are done, pending, overdue (pending past their due date) and escalated (overdue and passed on to the
 * skip-level manager or HR). Overdue and escalated items are pending too.
 */
public record PhaseProgress(CyclePhase phase, LocalDate deadline, int done, int pending, int overdue,
        int escalated) {

    public int total() {
        return done + pending;
    }
}
