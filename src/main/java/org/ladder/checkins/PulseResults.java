package org.ladder.checkins;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alignment pulse's results ("I see how my work contributes to our goals", 1–5): the trend per unit (a unit
 * with every unit below it) and month, its answer count and distribution, the units below it and the free-text
 * lines of a group — only as figures of 5 answers or more, never per person, and never so that figures side by
 * side single out a smaller group (ADR 0022, rule in {@link PulseSuppression}). HR sees every unit; the head of a unit sees that unit and the units below it; nobody
 * else sees results. Everyone may read their own answers. A month's figures show once it has ended (from its
 * next month's second day, so that every time zone has ended it); its answers no longer change then, so they are
 * read once and kept in memory for {@link #MONTH_KEPT}.
 */
@Service
@Transactional(readOnly = true)
public class PulseResults {

    /** The pulse question, answered 1 (not at all) to 5 (completely) with a check-in. */
    public static final String QUESTION = "I see how my work contributes to our goals";
    /** The smallest group whose figures are shown. */
    public static final int MIN_GROUP = 5;
    /** The range when none is chosen: the last 6 months that have ended. */
    public static final int DEFAULT_MONTHS = 6;
    /** The longest range one call reads. */
    public static final int MAX_MONTHS = 24;
    /** How many of their own answers a person sees (two years of months). */
    public static final int OWN_ANSWERS_SHOWN = 24;

    private static final int MAX_UNITS_LISTED = 10_000;
    /** How long the answers of an ended month are kept in memory (they no longer change; this only bounds it). */
    static final java.time.Duration MONTH_KEPT = java.time.Duration.ofMinutes(10);

    private final PulseStore store;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PulseSuppression rule = new PulseSuppression(MIN_GROUP);
    /** The answers per unit of ended months, read once (answers are given for the current month only). */
    private final Map<YearMonth, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

    /** The last decision per ended month, with the unit tree it was made on. */
    private final Map<YearMonth, Decided> decided = new java.util.concurrent.ConcurrentHashMap<>();

    private record Kept(Map<Long, PulseSuppression.Tally> own, java.time.Instant until) {
    }

    private record Decided(Map<Long, PulseSuppression.Tally> own, Map<Long, Long> parents,
            PulseSuppression.Month month) {
    }

    PulseResults(PulseStore store, PeopleService people, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the caller may see any results: HR, or the head of a unit. */
    public boolean mayView() {
        return currentUser.get().map(u -> u.hasRole(Role.HR) || !people.unitsHeadedBy(u.personId()).isEmpty())
                .orElse(false);
    }

    /** The newest month whose figures show: the month before the current one, from the current month's 2nd. */
    public YearMonth lastClosedMonth() {
        return YearMonth.from(LocalDate.now(clock).minusDays(1)).minusMonths(1);
    }

    /** The units the caller's results start from: the top units for HR, the top units they head otherwise. */
    public List<OrgUnitNode> topUnits() {
        Scope scope = scope();
        if (scope.everything()) {
            return people.childUnits(null, 0, 50);
        }
        Map<Long, Long> parents = people.unitParents();
        Set<Long> headed = new java.util.HashSet<>(scope.roots());
        return scope.roots().stream().filter(r -> !hasAncestorIn(r, headed, parents)).map(people::unit)
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(OrgUnitNode::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Units the caller may pick whose name contains {@code text} (blank: all), by name. */
    public List<OrgUnitNode> units(String text, int offset, int limit) {
        Scope scope = scope();
        if (scope.everything() || headsATopUnit(scope)) {
            return people.searchUnits(text, offset, limit);
        }
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return people.unitsAtOrBelow(scope.roots(), MAX_UNITS_LISTED).stream()
                .filter(n -> needle.isEmpty() || n.name().toLowerCase(Locale.ROOT).contains(needle))
                .skip(offset).limit(limit).toList();
    }

    private static boolean hasAncestorIn(long unit, Set<Long> units, Map<Long, Long> parents) {
        Long up = parents.get(unit);
        for (int steps = 0; up != null && steps < parents.size(); steps++) {
            if (units.contains(up)) {
                return true;
            }
            up = parents.get(up);
        }
        return false;
    }

    /** Whether the caller heads a unit without a parent (then every unit of that tree is theirs, e.g. the CEO). */
    private boolean headsATopUnit(Scope scope) {
        Map<Long, Long> parents = people.unitParents();
        boolean singleTree = parents.values().stream().filter(java.util.Objects::isNull).count() == 1;
        return singleTree && scope.roots().stream().anyMatch(r -> parents.containsKey(r) && parents.get(r) == null);
    }

    /** The trend of the last {@link #DEFAULT_MONTHS} months that have ended. */
    public PulseTrend trend(long unitId) {
        YearMonth to = lastClosedMonth();
        return trend(unitId, to.minusMonths(DEFAULT_MONTHS - 1L), to);
    }

    /**
     * The unit's figure per month from {@code from} to {@code to}, oldest first. Months that have not ended are left
     * out; a range longer than {@link #MAX_MONTHS} keeps its newest months.
     */
    public PulseTrend trend(long unitId, YearMonth from, YearMonth to) {
        Scope scope = scope();
        Map<Long, Long> parents = requireVisible(scope, unitId);
        YearMonth last = to.isAfter(lastClosedMonth()) ? lastClosedMonth() : to;
        YearMonth first = from.isBefore(last.minusMonths(MAX_MONTHS - 1L)) ? last.minusMonths(MAX_MONTHS - 1L) : from;
        String name = people.unitNames(List.of(unitId)).getOrDefault(unitId, "Unit " + unitId);
        List<PulseFigure> months = new ArrayList<>();
        if (!first.isAfter(last)) {
            Map<YearMonth, PulseSuppression.Month> cells = cells(parents, first, last);
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(figure(cells.get(m).cells().get(unitId), name, m));
            }
        }
        return new PulseTrend(unitId, name, first, last, months);
    }

    /** The figures of the units right below {@code unitId} in one month (ended), by name. */
    public List<PulseFigure> subUnits(long unitId, YearMonth month) {
        Scope scope = scope();
        Map<Long, Long> parents = requireVisible(scope, unitId);
        List<Long> children = parents.entrySet().stream().filter(e -> Long.valueOf(unitId).equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (children.isEmpty() || month.isAfter(lastClosedMonth())) {
            return List.of();
        }
        Map<Long, PulseSuppression.Cell> cells = cells(parents, month, month).get(month).cells();
        Map<Long, String> names = people.unitNames(children);
        return children.stream().map(c -> figure(cells.get(c), names.getOrDefault(c, "Unit " + c), month))
                .sorted(Comparator.comparing(PulseFigure::unitName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PulseFigure::unitId))
                .toList();
    }

    /**
     * The free-text lines of a unit (with the units below it) in one month, in alphabetical order, without names
     * or dates: the lines of the answers its figure counts; none when the figure is not shown.
     */
    public List<String> lines(long unitId, YearMonth month, int offset, int limit) {
        Collection<Long> units = shownGroup(unitId, month);
        return units == null ? List.of() : store.lines(units.isEmpty() ? null : units, month, offset,
                Math.min(limit, 500));
    }

    public long countLines(long unitId, YearMonth month) {
        Collection<Long> units = shownGroup(unitId, month);
        return units == null ? 0 : store.countLines(units.isEmpty() ? null : units, month);
    }

    /** The caller's own answers, newest first: a person may always see what they answered. */
    public List<MyPulseAnswer> myAnswers() {
        LadderUser me = currentUser.require();
        return store.answersOf(me.personId(), OWN_ANSWERS_SHOWN);
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * The units whose answers the unit's figure counts (empty: every unit's), or null when the figure is hidden or
     * the month has not ended.
     */
    private Collection<Long> shownGroup(long unitId, YearMonth month) {
        Scope scope = scope();
        Map<Long, Long> parents = requireVisible(scope, unitId);
        if (month.isAfter(lastClosedMonth())) {
            return null;
        }
        PulseSuppression.Month decided = cells(parents, month, month).get(month);
        if (!decided.cells().get(unitId).shown()) {
            return null;
        }
        Set<Long> subtree = subtree(parents, unitId);
        Set<Long> counted = new LinkedHashSet<>();
        decided.countedAt().forEach((unit, at) -> {
            if (subtree.contains(at)) {
                counted.add(unit);
            }
        });
        // the whole organisation, with nothing left out: no unit filter needed
        boolean everything = subtree.size() == parents.size() && !decided.cells().get(unitId).leftOut();
        return everything ? List.of() : counted;
    }

    private Map<YearMonth, PulseSuppression.Month> cells(Map<Long, Long> parents, YearMonth from, YearMonth to) {
        Map<YearMonth, PulseSuppression.Month> out = new HashMap<>();
        for (Map.Entry<YearMonth, Map<Long, PulseSuppression.Tally>> month : ownTallies(from, to).entrySet()) {
            Decided last = decided.get(month.getKey());
            if (last != null && last.own() == month.getValue() && last.parents().equals(parents)) {
                out.put(month.getKey(), last.month()); // same answers, same tree: same decision
                continue;
            }
            PulseSuppression.Month d = rule.decide(parents, month.getValue());
            decided.put(month.getKey(), new Decided(month.getValue(), parents, d));
            out.put(month.getKey(), d);
        }
        return out;
    }

    /** Each unit's own answers per month of the range (all ended), from memory or in one statement. */
    private Map<YearMonth, Map<Long, PulseSuppression.Tally>> ownTallies(YearMonth from, YearMonth to) {
        java.time.Instant now = clock.instant();
        Map<YearMonth, Map<Long, PulseSuppression.Tally>> out = new HashMap<>();
        YearMonth firstMissing = null;
        YearMonth lastMissing = null;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Kept k = kept.get(m);
            if (k != null && k.until().isAfter(now)) {
                out.put(m, k.own());
            } else {
                firstMissing = firstMissing == null ? m : firstMissing;
                lastMissing = m;
            }
        }
        if (firstMissing != null) {
            Map<YearMonth, Map<Long, PulseSuppression.Tally>> read = store.ownTallies(firstMissing, lastMissing);
            for (YearMonth m = firstMissing; !m.isAfter(lastMissing); m = m.plusMonths(1)) {
                Map<Long, PulseSuppression.Tally> own = Map.copyOf(read.getOrDefault(m, Map.of()));
                out.put(m, own);
                kept.put(m, new Kept(own, now.plus(MONTH_KEPT)));
            }
            kept.keySet().removeIf(m -> m.isBefore(to.minusMonths(3L * MAX_MONTHS)));
            decided.keySet().retainAll(kept.keySet());
        }
        return out;
    }

    /** Forgets the answers kept in memory: for tests that write answers of ended months with SQL. */
    void forgetKeptMonths() {
        kept.clear();
        decided.clear();
    }

    private static PulseFigure figure(PulseSuppression.Cell cell, String name, YearMonth month) {
        if (!cell.shown()) {
            return PulseFigure.hidden(cell.unitId(), name, month, PulseFigure.Hidden.FEWER_THAN_FIVE);
        }
        PulseSuppression.Tally t = cell.tally();
        BigDecimal average = BigDecimal.valueOf(t.scoreSum()).divide(BigDecimal.valueOf(t.answers()), 1,
                RoundingMode.HALF_UP);
        List<Integer> distribution = new ArrayList<>();
        for (int n : t.byScore()) {
            distribution.add(n);
        }
        return new PulseFigure(cell.unitId(), name, month, null, t.answers(), average, distribution,
                cell.leftOut());
    }

    private static Set<Long> subtree(Map<Long, Long> parents, long unitId) {
        Map<Long, List<Long>> children = new HashMap<>();
        parents.forEach((u, p) -> {
            if (p != null) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(u);
            }
        });
        Set<Long> found = new LinkedHashSet<>();
        java.util.Deque<Long> queue = new java.util.ArrayDeque<>(List.of(unitId));
        while (!queue.isEmpty()) {
            Long u = queue.poll();
            if (found.add(u)) {
                queue.addAll(children.getOrDefault(u, List.of()));
            }
        }
        return found;
    }

    /** The unit tree, once the caller is known to see this unit. */
    private Map<Long, Long> requireVisible(Scope scope, long unitId) {
        Map<Long, Long> parents = people.unitParents();
        if (!parents.containsKey(unitId)) {
            throw new AccessDeniedException("No such unit.");
        }
        if (!scope.everything()) {
            long at = unitId;
            Set<Long> seen = new java.util.HashSet<>();
            while (!scope.roots().contains(at)) {
                Long up = parents.get(at);
                if (up == null || !seen.add(at)) {
                    throw new AccessDeniedException("You see the alignment pulse of the units you head only.");
                }
                at = up;
            }
        }
        return parents;
    }

    /** Who sees what: HR every unit; a head of units those units and the units below them. */
    private record Scope(boolean everything, List<Long> roots) {
    }

    private Scope scope() {
        LadderUser user = currentUser.require();
        if (user.hasRole(Role.HR)) {
            return new Scope(true, List.of());
        }
        List<Long> headed = people.unitsHeadedBy(user.personId());
        if (headed.isEmpty()) {
            throw new AccessDeniedException("The alignment pulse is for HR and the heads of units.");
        }
        return new Scope(false, headed);
    }
}
