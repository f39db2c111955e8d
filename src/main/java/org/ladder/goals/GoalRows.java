package org.ladder.goals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ladder.goals.domain.GoalStore;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.stereotype.Component;

/** Turns store rows into what views show, naming owners with two batched lookups (people, units) per list. */
@Component
class GoalRows {

    private final PeopleService people;

    GoalRows(PeopleService people) {
        this.people = people;
    }

    /** Owner names of these rows, by goal id (company goals: the company). */
    Map<Long, String> ownerNames(Collection<GoalStore.Row> rows) {
        List<Long> personIds = rows.stream().map(GoalStore.Row::ownerPersonId).filter(Objects::nonNull).distinct()
                .toList();
        List<Long> unitIds = rows.stream().map(GoalStore.Row::ownerUnitId).filter(Objects::nonNull).distinct()
                .toList();
        Map<Long, String> personNames = new HashMap<>();
        if (!personIds.isEmpty()) {
            for (PersonSummary p : people.summaries(personIds)) {
                personNames.put(p.id(), p.displayName());
            }
        }
        Map<Long, String> unitNames = unitIds.isEmpty() ? Map.of() : people.unitNames(unitIds);
        Map<Long, String> names = new HashMap<>();
        for (GoalStore.Row r : rows) {
            names.put(r.id(), ownerName(r.level(), r.ownerUnitId(), r.ownerPersonId(), personNames, unitNames));
        }
        return names;
    }

    static String ownerName(GoalLevel level, Long unitId, Long personId, Map<Long, String> personNames,
            Map<Long, String> unitNames) {
        return switch (level) {
            case COMPANY -> "Company";
            case UNIT -> unitNames.getOrDefault(unitId, "Unit " + unitId);
            case PERSONAL -> personNames.getOrDefault(personId, "Person " + personId);
        };
    }

    List<GoalNode> nodes(List<GoalStore.Row> rows, LocalDate today) {
        Map<Long, String> names = ownerNames(rows);
        return rows.stream().map(r -> node(r, names.get(r.id()), today)).toList();
    }

    List<GoalRef> refs(List<GoalStore.Row> rows) {
        Map<Long, String> names = ownerNames(rows);
        return rows.stream().map(r -> ref(r, names.get(r.id()))).toList();
    }

    static GoalRef ref(GoalStore.Row r, String ownerName) {
        return new GoalRef(r.id(), r.title(), r.level(), r.status(), ownerName, r.progress());
    }

    static GoalNode node(GoalStore.Row r, String ownerName, LocalDate today) {
        return new GoalNode(GoalNode.Kind.GOAL, "goal:" + r.id(), r.id(), r.title(), r.level(), ownerName, r.status(),
                r.approval(), r.visibility(), r.pillar(), r.progress(), r.periodStart(), r.periodEnd(),
                r.orphanSince() != null, r.justification() != null,
                atRisk(r.status(), r.progress(), r.periodStart(), r.periodEnd(), r.confidence(), today),
                r.childCount() > 0);
    }

    /**
     * An active goal is at risk when its owner's latest check-in rated it at risk or off track, or by its progress
     * ({@link #atRisk(GoalStatus, double, LocalDate, LocalDate, LocalDate)}).
     */
    static boolean atRisk(GoalStatus status, double progress, LocalDate start, LocalDate end, Confidence confidence,
            LocalDate today) {
        if (status == GoalStatus.ACTIVE && confidence != null && confidence.needsAttention()) {
            return true;
        }
        return atRisk(status, progress, start, end, today);
    }

    /**
     * An active goal is at risk when its progress trails the share of its period already gone by more than 25
     * points, or its period is over and it is not complete.
     */
    static boolean atRisk(GoalStatus status, double progress, LocalDate start, LocalDate end, LocalDate today) {
        if (status != GoalStatus.ACTIVE || today.isBefore(start)) {
            return false;
        }
        if (today.isAfter(end)) {
            return progress < 100;
        }
        long total = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double elapsed = ChronoUnit.DAYS.between(start, today) * 100.0 / total;
        return progress < elapsed - 25;
    }
}
