package org.ladder.cycles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.people.PeopleService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RunningCycles} from the cycles' own rows: a running or paused cycle whose period has not ended, and whose
 * scope is the whole organisation or a unit on the joined unit's chain (the unit itself or one above it). The
 * newest period wins should two scopes ever hold the unit.
 */
@Component
@Transactional(readOnly = true)
class RunningCyclesOfRecords implements RunningCycles {

    private final CycleRepository cycles;
    private final PeopleService people;
    private final Clock clock;

    RunningCyclesOfRecords(CycleRepository cycles, PeopleService people, Clock clock) {
        this.cycles = cycles;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public Optional<Long> coveringUnit(long unitId) {
        List<Cycle> running = cycles.withStatus(EnumSet.of(CycleStatus.RUNNING, CycleStatus.PAUSED));
        if (running.isEmpty()) {
            return Optional.empty();
        }
        List<Long> chain = people.unitChain(unitId);
        LocalDate today = LocalDate.now(clock);
        return running.stream().filter(c -> !today.isAfter(c.periodEnd()))
                .filter(c -> c.scopeUnitId() == null || chain.contains(c.scopeUnitId())).map(Cycle::getId)
                .findFirst();
    }
}
