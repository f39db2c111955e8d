package org.ladder.cycles;

import java.time.LocalDate;
import java.util.List;

/** The cycle a person is in, as their home page shows it: its phase and deadline, and their own to-dos. */
public record MyCycle(long cycleId, String name, LocalDate periodStart, LocalDate periodEnd, CyclePhase phase,
        LocalDate phaseDeadline, CycleStatus status, CyclePersonStatus.Step myStep, LocalDate myGoalsDue,
        List<CycleToDo> toDos) {

    public MyCycle {
        toDos = List.copyOf(toDos);
    }
}
