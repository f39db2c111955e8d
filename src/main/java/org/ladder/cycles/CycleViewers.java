package org.ladder.cycles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.cycles.domain.CyclePageLookups;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.people.PeopleService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a cycle's page ({@link CycleViewer}): HR and administrators everything; a person who heads
 * units in the cycle's scope those units, the units below them and their people; nobody else anything. An unknown
 * cycle and a cycle the caller may not see look the same (access denied), so ids reveal nothing.
 */
@Component
class CycleViewers {

    private final CurrentUser currentUser;
    private final PeopleService people;
    private final CycleRepository cycles;
    private final CyclePageLookups lookups;
    private final CycleStepsEngine engine;
    private final CyclePersonRepository persons;

    CycleViewers(CurrentUser currentUser, PeopleService people, CycleRepository cycles, CyclePageLookups lookups,
            CycleStepsEngine engine, CyclePersonRepository persons) {
        this.currentUser = currentUser;
        this.people = people;
        this.cycles = cycles;
        this.lookups = lookups;
        this.engine = engine;
        this.persons = persons;
    }

    /**
     * Whether the caller may know of the cycle at all (its name, its period): whoever may see its page, and the
     * people in it. False for an unknown cycle too, so ids reveal nothing.
     */
    boolean mayKnow(long cycleId) {
        LadderUser user = currentUser.require();
        return persons.findByCycleIdAndPersonId(cycleId, user.personId()).isPresent() || of(cycleId).isPresent();
    }

    CycleViewer require(long cycleId) {
        return of(cycleId).orElseThrow(() -> new AccessDeniedException("You do not have access to this cycle."));
    }

    Optional<CycleViewer> of(long cycleId) {
        LadderUser user = currentUser.require();
        if (cycles.findById(cycleId).isEmpty()) {
            return Optional.empty();
        }
        if (user.hasRole(Role.HR) || user.hasRole(Role.ADMIN)) {
            return Optional.of(CycleViewer.ofEverything(cycleId));
        }
        List<Long> headed = people.unitsHeadedBy(user.personId());
        if (headed.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> below = people.unitIdsAtOrBelow(headed);
        Set<Long> units = below.isEmpty() ? Set.of() : new HashSet<>(lookups.unitIdsOfCycle(cycleId, below));
        if (units.isEmpty()) {
            return Optional.empty();
        }
        if (units.size() == lookups.countUnits(cycleId)) {
            return Optional.of(CycleViewer.ofEverything(cycleId));
        }
        // the people and the business keys only when asked: the page's counts need the units alone (ADR 0033)
        return Optional.of(CycleViewer.ofUnits(cycleId, units,
                () -> new HashSet<>(lookups.personIdsOfUnits(cycleId, units)),
                u -> engine.unitKey(cycleId, u), p -> engine.personKey(cycleId, p)));
    }
}
