package org.ladder.cycles;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ladder.base.paging.OffsetPage;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.cycles.domain.Onboarding;
import org.ladder.cycles.domain.OnboardingRepository;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding progress of a cycle, for the cycle page (ADR 0029): the figures ({@link #figures}) and one page of
 * per-person rows ({@link #rows}, {@link #count}), open ones first, the earliest deadline first. HR and admins see
 * the whole cycle; a unit head sees the people who joined the units they head and the units below; anyone else is
 * refused. Four statements for the figures, three for a page of rows, whatever the cycle's size.
 */
@Service
@Transactional(readOnly = true)
public class CycleOnboarding {

    /** The largest page {@link #rows} returns. */
    public static final int MAX_PAGE = 200;

    private static final List<Long> NONE = List.of(-1L);

    private final OnboardingRepository onboardings;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    CycleOnboarding(OnboardingRepository onboardings, PeopleService people, CurrentUser currentUser, Clock clock) {
        this.onboardings = onboardings;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the caller may see onboarding progress at all: HR, admins and unit heads. */
    public boolean maySee() {
        return currentUser.get().map(u -> u.hasRole(Role.HR) || u.hasRole(Role.ADMIN)
                || !people.unitsHeadedBy(u.personId()).isEmpty()).orElse(false);
    }

    public OnboardingFigures figures(long cycleId) {
        Scope scope = scope();
        Map<OnboardingStage, Long> byStage = new EnumMap<>(OnboardingStage.class);
        for (Object[] row : onboardings.countByStage(cycleId, scope.all(), scope.unitIds())) {
            byStage.put((OnboardingStage) row[0], (Long) row[1]);
        }
        long total = byStage.values().stream().mapToLong(Long::longValue).sum();
        return new OnboardingFigures(total, byStage.getOrDefault(OnboardingStage.ACKNOWLEDGING, 0L),
                byStage.getOrDefault(OnboardingStage.SETTING_GOALS, 0L),
                byStage.getOrDefault(OnboardingStage.DONE, 0L), byStage.getOrDefault(OnboardingStage.CLOSED, 0L),
                onboardings.countOverdue(cycleId, clock.instant(), scope.all(), scope.unitIds()),
                onboardings.countEscalated(cycleId, scope.all(), scope.unitIds()));
    }

    /** One page of the cycle's onboardings ({@code stage} null: all), at most {@link #MAX_PAGE}. */
    public List<OnboardingRow> rows(long cycleId, OnboardingStage stage, long offset, int limit) {
        Scope scope = scope();
        List<Onboarding> found = onboardings.page(cycleId, scope.all(), scope.unitIds(), stage,
                OffsetPage.of(offset, Math.min(limit, MAX_PAGE)));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonSummary> persons = new HashMap<>();
        people.summaries(found.stream().map(Onboarding::getPersonId).distinct().toList())
                .forEach(p -> persons.put(p.id(), p));
        Map<Long, String> units = people.unitNames(found.stream().map(Onboarding::getUnitId).distinct().toList());
        Instant now = clock.instant();
        return found.stream().map(o -> {
            PersonSummary p = persons.get(o.getPersonId());
            return new OnboardingRow(o.getId(), o.getPersonId(), p == null ? "Person " + o.getPersonId()
                    : p.displayName(), o.getUnitId(), units.getOrDefault(o.getUnitId(), "Unit " + o.getUnitId()),
                    p == null ? null : p.managerName(), o.getStage(), o.getJoinedAt(), o.getAcknowledgedAt(),
                    o.getGoalsDueAt(), o.isOverdue(now), o.getRemindedAt(),
                    o.getEscalatedTo() == null ? null : o.getEscalatedTo() == Onboarding.EscalatedTo.HR ? "HR"
                            : "Manager",
                    o.getDoneAt(), o.getCloseReason());
        }).toList();
    }

    public long count(long cycleId, OnboardingStage stage) {
        Scope scope = scope();
        return onboardings.count(cycleId, scope.all(), scope.unitIds(), stage);
    }

    private record Scope(boolean all, Collection<Long> unitIds) {
    }

    /** HR and admins: everything; a unit head: their units and those below; anyone else: refused. */
    private Scope scope() {
        LadderUser me = currentUser.require();
        if (me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
            return new Scope(true, NONE);
        }
        List<Long> headed = people.unitsHeadedBy(me.personId());
        if (headed.isEmpty()) {
            throw new AccessDeniedException("Onboarding progress is for HR and the heads of the units.");
        }
        Set<Long> units = people.unitIdsAtOrBelow(headed);
        return new Scope(false, units.isEmpty() ? NONE : units);
    }
}
