package org.ladder.cycles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ladder.base.ValidationException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.checkins.PulseResults;
import org.ladder.cycles.CyclePersonStatus.Step;
import org.ladder.cycles.CycleUnitStatus.UnitStep;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePerson;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.domain.CycleUnit;
import org.ladder.cycles.domain.CycleUnitRepository;
import org.ladder.cycles.domain.Escalation;
import org.ladder.goals.GoalFigures;
import org.ladder.goals.GoalStatus;
import org.ladder.people.PeopleService;
import org.ladder.reviews.ReviewRoundProgress;
import org.ladder.reviews.ReviewRounds;
import org.ladder.reviews.ReviewStep;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.TaskNudges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where cycles stand, for the cycle page, the home page and the wizard: the list, one cycle's details with each
 * phase's progress, per unit and per person in the cascade, the cycle a person is in with their own to-dos, the
 * outcomes leadership revises from, and the diagram's counts. Who sees what: HR and administrators everything;
 * heads of units the figures of the units they head and those below (the cycle's overall figures cut to them);
 * everyone else only their own cycle and their own to-dos.
 */
@Service
@Transactional(readOnly = true)
public class CycleQueries {

    /** How many to-dos the home page lists. */
    public static final int MAX_TO_DOS = 20;
    /** How many learnings the outcomes list. */
    public static final int MAX_LEARNINGS = 50;

    private final CycleRepository cycles;
    private final CycleUnitRepository units;
    private final CyclePersonRepository persons;
    private final CycleWorkflow workflow;
    private final PeopleService people;
    private final GoalFigures goals;
    private final ObjectProvider<ReviewRounds> reviews;
    private final ObjectProvider<PulseResults> pulse;
    private final AcknowledgementCampaigns campaigns;
    private final CurrentUser currentUser;
    private final Clock clock;

    CycleQueries(CycleRepository cycles, CycleUnitRepository units, CyclePersonRepository persons,
            CycleWorkflow workflow, PeopleService people, GoalFigures goals, ObjectProvider<ReviewRounds> reviews,
            ObjectProvider<PulseResults> pulse, AcknowledgementCampaigns campaigns, CurrentUser currentUser,
            Clock clock) {
        this.cycles = cycles;
        this.units = units;
        this.persons = persons;
        this.workflow = workflow;
        this.people = people;
        this.goals = goals;
        this.reviews = reviews;
        this.pulse = pulse;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- lists -----------------------------------------------------------------------------------------------------

    /** Whether the caller sees every cycle and all figures (HR, administrators). */
    public boolean seesAll() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN);
    }

    /** The cycles the caller may see, newest period first: all for HR, else the ones they are in or head units of. */
    public List<CycleSummary> cycles(long offset, int limit) {
        List<Cycle> visible = visibleCycles();
        return visible.stream().skip(offset).limit(limit).map(this::summary).toList();
    }

    public long countCycles() {
        return visibleCycles().size();
    }

    private List<Cycle> visibleCycles() {
        LadderUser me = currentUser.require();
        List<Cycle> all = cycles.page(PageRequest.of(0, 1000));
        if (seesAll()) {
            return all;
        }
        Set<Long> mine = new HashSet<>();
        persons.ofPerson(me.personId(), PageRequest.of(0, 1000)).forEach(p -> mine.add(p.cycleId()));
        return all.stream().filter(c -> mine.contains(c.getId()) || !headedUnits(c.getId(), me).isEmpty()).toList();
    }

    // --- one cycle -------------------------------------------------------------------------------------------------

    /** A cycle's details; the phases' figures cover the units the caller may see (none for an employee). */
    public CycleDetails cycle(long cycleId) {
        Cycle cycle = readable(cycleId);
        Set<Long> scope = visibleUnits(cycle);
        List<PhaseProgress> phases = phases(cycle, scope);
        boolean hr = seesAll();
        CycleDetails.Actions actions = new CycleDetails.Actions(hr && cycle.mayBePaused(), hr && cycle.mayBeResumed(),
                hr && cycle.mayBeCancelled(), hr);
        return new CycleDetails(summary(cycle), cycle.deadlines(), cycle.frequency(), cycle.reviewTemplateId(),
                cycle.charterVersionId(), cycle.strategyDecision(), cycle.nextCharterVersionId(),
                (int) units.countByCycleId(cycleId), (int) persons.countByCycleId(cycleId), phases, actions,
                cycle.version());
    }

    /** The current phase and its deadline. */
    public CycleSummary summaryOf(long cycleId) {
        return summary(readable(cycleId));
    }

    /** Per unit (top-down): the unit's cascade step and its people's figures; the units the caller may see. */
    public List<CycleUnitStatus> units(long cycleId) {
        Cycle cycle = readable(cycleId);
        Set<Long> scope = visibleUnits(cycle);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("Only HR and the heads of its units see a cycle's figures.");
        }
        LocalDate today = today();
        Map<Long, int[]> figures = peopleFigures(cycle.getId(), today);
        List<CycleUnit> rows = units.findByCycleIdOrderByLevelAscUnitIdAsc(cycleId).stream()
                .filter(u -> scope.contains(u.unitId())).toList();
        Map<Long, String> names = people.unitNames(rows.stream().map(CycleUnit::unitId).toList());
        Map<Long, String> heads = personNames(rows.stream().map(CycleUnit::headId).filter(java.util.Objects::nonNull)
                .distinct().toList());
        List<CycleUnitStatus> result = new ArrayList<>(rows.size());
        for (CycleUnit u : rows) {
            int[] f = figures.getOrDefault(u.unitId(), new int[4]);
            boolean overdue = unitOverdue(u, cycle, today);
            result.add(new CycleUnitStatus(u.unitId(), names.getOrDefault(u.unitId(), "Unit " + u.unitId()), u.level(),
                    u.parentUnitId(), u.headId(), u.headId() == null ? null : heads.get(u.headId()), u.status(),
                    u.goalsDue(), overdue, overdue && u.escalation() != Escalation.NONE, f[0], f[1], f[2], f[3]));
        }
        return result;
    }

    /** The people of one unit of the cycle (a drill-down), by id; HR and the heads of the unit or above. */
    public List<CyclePersonStatus> people(long cycleId, long unitId, int offset, int limit) {
        Cycle cycle = readable(cycleId);
        if (!visibleUnits(cycle).contains(unitId)) {
            throw new AccessDeniedException("Only HR and the heads of this unit see its people's figures.");
        }
        LocalDate today = today();
        List<CyclePerson> rows = persons.ofUnit(cycleId, unitId, PageRequest.of(offset / Math.max(1, limit),
                Math.max(1, limit)));
        Map<Long, String> names = personNames(rows.stream().map(CyclePerson::personId).toList());
        return rows.stream().map(p -> personStatus(p, names.get(p.personId()), today)).toList();
    }

    /** The cycle the caller is in (the newest running or paused one), its phase and deadline and their to-dos. */
    public Optional<MyCycle> myCycle() {
        LadderUser me = currentUser.require();
        for (CyclePerson row : persons.ofPerson(me.personId(), PageRequest.of(0, 10))) {
            Cycle cycle = cycles.findById(row.cycleId()).orElse(null);
            if (cycle == null || cycle.status().isOver()) {
                continue;
            }
            List<String> groups = me.roles().stream().filter(r -> r != Role.EMPLOYEE).map(Role::name).toList();
            java.time.Instant now = clock.instant();
            List<CycleToDo> toDos = workflow.openTasksOf(me.getUsername(), groups, MAX_TO_DOS).stream()
                    .filter(t -> t.cycleId() == cycle.getId())
                    .map(t -> new CycleToDo(t.taskId(), t.name(), TaskNudges.link(t.taskId()), t.due(),
                            t.due() != null && t.due().isBefore(now)))
                    .toList();
            return Optional.of(new MyCycle(cycle.getId(), cycle.name(), cycle.periodStart(), cycle.periodEnd(),
                    cycle.phase(), cycle.deadlines().of(cycle.phase()), cycle.status(), row.status(), row.goalsDue(),
                    toDos));
        }
        return Optional.empty();
    }

    /**
     * What leadership revises from (leadership, HR, administrators): goal results per pillar, alignment %, orphans,
     * the pulse trend, the review ratings and learnings of the cycle's scope.
     */
    public CycleOutcomes outcomes(long cycleId) {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN, Role.LEADERSHIP);
        Cycle cycle = cycles.findById(cycleId).orElseThrow(CycleQueries::missing);
        List<Long> unitIds = units.findByCycleIdOrderByLevelAscUnitIdAsc(cycleId).stream().map(CycleUnit::unitId)
                .toList();
        List<GoalFigures.PeriodGoal> all = goals.periodGoals(unitIds, persons.personIds(cycleId), cycle.periodStart(),
                cycle.periodEnd());
        Map<String, long[]> byPillar = new LinkedHashMap<>();
        Map<String, Double> progress = new HashMap<>();
        long aligned = 0;
        long counted = 0;
        long orphans = 0;
        for (GoalFigures.PeriodGoal g : all) {
            if (g.orphan()) {
                orphans++;
            }
            if (g.level() != org.ladder.goals.GoalLevel.COMPANY && g.status() != GoalStatus.ABANDONED) {
                counted++;
                if (g.aligned()) {
                    aligned++;
                }
            }
            String pillar = g.pillar() == null ? "No pillar" : g.pillar();
            long[] f = byPillar.computeIfAbsent(pillar, k -> new long[4]);
            f[0]++;
            if (g.status() == GoalStatus.ACHIEVED) {
                f[1]++;
            } else if (g.status() == GoalStatus.ABANDONED) {
                f[2]++;
            } else {
                f[3]++;
            }
            progress.merge(pillar, g.progress(), Double::sum);
        }
        List<CycleOutcomes.PillarResult> pillars = byPillar.entrySet().stream()
                .map(e -> new CycleOutcomes.PillarResult(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3], progress.get(e.getKey()) / e.getValue()[0] / 100.0))
                .toList();
        ReviewRounds rounds = reviews.getIfAvailable();
        var ratings = rounds == null || cycle.phase().ordinal() < CyclePhase.REVIEW.ordinal() ? null
                : rounds.distributions(cycle.roundKey(), cycle.scopeUnitId());
        List<String> learnings = rounds == null || cycle.phase().ordinal() < CyclePhase.REVIEW.ordinal() ? List.of()
                : rounds.learnings(cycle.roundKey(), MAX_LEARNINGS);
        return new CycleOutcomes(cycleId, pillars, counted == 0 ? 0 : 100.0 * aligned / counted, aligned, counted,
                orphans, pulseTrend(cycle), ratings, learnings);
    }

    /** Active, failed and finished instances per step of the cycle's models (HR, administrators). */
    public Map<String, CycleWorkflow.StepCounts> stepCounts(long cycleId) {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        cycles.findById(cycleId).orElseThrow(CycleQueries::missing);
        return workflow.stepCounts(cycleId);
    }

    // --- figures ---------------------------------------------------------------------------------------------------

    private List<PhaseProgress> phases(Cycle cycle, Set<Long> scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        PhaseDeadlines d = cycle.deadlines();
        List<PhaseProgress> result = new ArrayList<>();
        result.add(single(cycle, CyclePhase.DEFINE, d.defineBy(), today));
        int done = 0;
        int pending = 0;
        int overdue = 0;
        int escalated = 0;
        for (CycleUnit u : units.findByCycleIdOrderByLevelAscUnitIdAsc(cycle.getId())) {
            if (!scope.contains(u.unitId())) {
                continue;
            }
            if (u.status() == UnitStep.READY) {
                done++;
            } else {
                pending++;
                if (unitOverdue(u, cycle, today)) {
                    overdue++;
                    if (u.escalation() != Escalation.NONE) {
                        escalated++;
                    }
                }
            }
        }
        Map<Long, int[]> figures = peopleFigures(cycle.getId(), today);
        for (Map.Entry<Long, int[]> e : figures.entrySet()) {
            if (scope.contains(e.getKey())) {
                done += e.getValue()[0];
                pending += e.getValue()[1];
                overdue += e.getValue()[2];
                escalated += e.getValue()[3];
            }
        }
        result.add(new PhaseProgress(CyclePhase.CASCADE, d.cascadeBy(), done, pending, overdue, escalated));
        result.add(single(cycle, CyclePhase.CHECK_INS, d.reviewStartsOn(), today));
        result.add(review(cycle, d, today));
        result.add(single(cycle, CyclePhase.REVISE, d.reviseBy(), today));
        result.add(close(cycle, d, today));
        return result;
    }

    private static PhaseProgress single(Cycle cycle, CyclePhase phase, LocalDate deadline, LocalDate today) {
        boolean done = cycle.phase().ordinal() > phase.ordinal();
        boolean current = cycle.phase() == phase;
        boolean late = current && today.isAfter(deadline);
        return new PhaseProgress(phase, deadline, done ? 1 : 0, done ? 0 : 1, late ? 1 : 0,
                late && phase == CyclePhase.DEFINE ? 1 : 0);
    }

    private PhaseProgress review(Cycle cycle, PhaseDeadlines d, LocalDate today) {
        ReviewRounds rounds = reviews.getIfAvailable();
        if (rounds == null || cycle.phase().ordinal() < CyclePhase.REVIEW.ordinal()) {
            return single(cycle, CyclePhase.REVIEW, d.reviewBy(), today);
        }
        ReviewRoundProgress p = rounds.progress(cycle.roundKey());
        int done = p.atStep().getOrDefault(ReviewStep.DONE, 0) + p.atStep().getOrDefault(ReviewStep.ENDED, 0);
        return new PhaseProgress(CyclePhase.REVIEW, d.reviewBy(), done, p.total() - done, p.late(), 0);
    }

    private PhaseProgress close(Cycle cycle, PhaseDeadlines d, LocalDate today) {
        return campaigns.campaignFor(CycleClosing.SUBJECT, cycle.getId())
                .map(c -> new PhaseProgress(CyclePhase.CLOSE, d.closeBy(), c.acknowledged(), c.pending(),
                        today.isAfter(d.closeBy()) ? c.pending() : 0, 0))
                .orElseGet(() -> single(cycle, CyclePhase.CLOSE, d.closeBy(), today));
    }

    /** Per unit: people done, pending, overdue, escalated. */
    private Map<Long, int[]> peopleFigures(long cycleId, LocalDate today) {
        Map<Long, int[]> figures = new HashMap<>();
        for (Object[] row : persons.unitFigures(cycleId)) {
            long unit = (Long) row[0];
            Step step = (Step) row[1];
            Escalation escalation = (Escalation) row[2];
            LocalDate due = (LocalDate) row[3];
            int n = ((Number) row[4]).intValue();
            int[] f = figures.computeIfAbsent(unit, k -> new int[4]);
            if (step == Step.DONE || step == Step.LEFT) {
                f[0] += n;
            } else {
                f[1] += n;
                if (due != null && today.isAfter(due)) {
                    f[2] += n;
                    if (escalation != Escalation.NONE) {
                        f[3] += n;
                    }
                }
            }
        }
        return figures;
    }

    private static boolean unitOverdue(CycleUnit u, Cycle cycle, LocalDate today) {
        if (u.status() == UnitStep.READY) {
            return false;
        }
        LocalDate due = u.goalsDue() != null ? u.goalsDue() : cycle.deadlines().cascadeBy();
        return today.isAfter(due);
    }

    private CyclePersonStatus personStatus(CyclePerson p, String name, LocalDate today) {
        boolean pending = p.status() == Step.WAITING || p.status() == Step.DRAFTING;
        boolean overdue = pending && p.goalsDue() != null && today.isAfter(p.goalsDue());
        return new CyclePersonStatus(p.personId(), name, p.unitId(), p.managerId(), p.status(), p.goalsDue(), overdue,
                overdue && p.escalation() != Escalation.NONE);
    }

    /** The pulse per month of the period (months that are over), answers weighted over the scope's top units. */
    private List<CycleOutcomes.PulsePoint> pulseTrend(Cycle cycle) {
        PulseResults results = pulse.getIfAvailable();
        if (results == null || !results.mayView()) {
            return List.of();
        }
        java.time.YearMonth from = java.time.YearMonth.from(cycle.periodStart());
        java.time.YearMonth to = java.time.YearMonth.from(cycle.periodEnd());
        java.time.YearMonth closed = results.lastClosedMonth();
        if (closed.isBefore(to)) {
            to = closed;
        }
        if (to.isBefore(from)) {
            return List.of();
        }
        List<Long> tops = cycle.scopeUnitId() != null ? List.of(cycle.scopeUnitId())
                : units.topUnitIds(cycle.getId());
        Map<java.time.YearMonth, double[]> sums = new java.util.TreeMap<>();
        for (long unit : tops) {
            for (org.ladder.checkins.PulseFigure f : results.trend(unit, from, to).months()) {
                double[] sum = sums.computeIfAbsent(f.month(), k -> new double[2]);
                if (f.shown()) {
                    sum[0] += f.average().doubleValue() * f.answers();
                    sum[1] += f.answers();
                }
            }
        }
        List<CycleOutcomes.PulsePoint> points = new ArrayList<>();
        sums.forEach((month, sum) -> points.add(new CycleOutcomes.PulsePoint(month.toString(),
                sum[1] == 0 ? 0 : Math.round(sum[0] / sum[1] * 10) / 10.0, (long) sum[1])));
        return points;
    }

    // --- access ----------------------------------------------------------------------------------------------------

    /** The cycle, when the caller may see it at all: HR, a person in it, a head of one of its units. */
    private Cycle readable(long cycleId) {
        LadderUser me = currentUser.require();
        Cycle cycle = cycles.findById(cycleId).orElseThrow(CycleQueries::missing);
        if (seesAll() || persons.findByCycleIdAndPersonId(cycleId, me.personId()).isPresent()
                || !headedUnits(cycleId, me).isEmpty()) {
            return cycle;
        }
        throw new AccessDeniedException("You are not in this cycle.");
    }

    /** The cycle's units whose figures the caller sees: all for HR, else the ones they head and those below. */
    private Set<Long> visibleUnits(Cycle cycle) {
        if (seesAll()) {
            return units.findByCycleIdOrderByLevelAscUnitIdAsc(cycle.getId()).stream().map(CycleUnit::unitId)
                    .collect(Collectors.toSet());
        }
        LadderUser me = currentUser.require();
        List<Long> headed = headedUnits(cycle.getId(), me);
        if (headed.isEmpty()) {
            return Set.of();
        }
        Set<Long> below = people.unitIdsAtOrBelow(headed);
        return units.findByCycleIdAndUnitIdIn(cycle.getId(), below).stream().map(CycleUnit::unitId)
                .collect(Collectors.toSet());
    }

    private List<Long> headedUnits(long cycleId, LadderUser me) {
        List<Long> headed = people.unitsHeadedBy(me.personId());
        return headed.isEmpty() ? List.of()
                : units.findByCycleIdAndUnitIdIn(cycleId, headed).stream().map(CycleUnit::unitId).toList();
    }

    private CycleSummary summary(Cycle c) {
        String scopeName = c.scopeUnitId() == null ? "Whole organisation"
                : people.unitNames(List.of(c.scopeUnitId())).getOrDefault(c.scopeUnitId(), "Unit " + c.scopeUnitId());
        return new CycleSummary(c.getId(), c.name(), c.periodStart(), c.periodEnd(), c.scopeUnitId(), scopeName,
                c.status(), c.phase(), c.deadlines().of(c.phase()), c.launchedBy(), c.launchedAt());
    }

    private Map<Long, String> personNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += 1000) {
            people.summaries(list.subList(from, Math.min(list.size(), from + 1000)))
                    .forEach(p -> names.put(p.id(), p.displayName()));
        }
        return names;
    }

    private LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    private static ValidationException missing() {
        return new ValidationException(Map.of("cycle", "This cycle does not exist."));
    }
}
