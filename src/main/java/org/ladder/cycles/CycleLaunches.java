package org.ladder.cycles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.base.text.Plural;
import org.ladder.charter.CharterOutline;
import org.ladder.charter.CharterService;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePerson;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.domain.CycleUnit;
import org.ladder.cycles.domain.CycleUnitRepository;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.ReviewRounds;
import org.ladder.reviews.ReviewTemplateSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Launching a cycle (HR and administrators): the wizard's defaults, the preview of what a launch will do, and the
 * launch itself — one cycle per scope and period (a unique row), written with its units and people in one
 * transaction together with the start of its {@code alignment-cycle} instance, so a failed launch leaves nothing
 * behind and a double click or two HR users at once give exactly one cycle (ADR 0027). Audited.
 */
@Service
@Transactional
public class CycleLaunches {

    private final CycleRepository cycles;
    private final CycleUnitRepository units;
    private final CyclePersonRepository persons;
    private final ScopeSnapshot snapshots;
    private final CycleWorkflow workflow;
    private final PeopleService people;
    private final CharterService charter;
    private final ObjectProvider<ReviewRounds> reviews;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    CycleLaunches(CycleRepository cycles, CycleUnitRepository units, CyclePersonRepository persons,
            ScopeSnapshot snapshots, CycleWorkflow workflow, PeopleService people, CharterService charter,
            ObjectProvider<ReviewRounds> reviews, CurrentUser currentUser, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.cycles = cycles;
        this.units = units;
        this.persons = persons;
        this.snapshots = snapshots;
        this.workflow = workflow;
        this.people = people;
        this.charter = charter;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    // --- the wizard ------------------------------------------------------------------------------------------------

    /** Whether the caller may launch cycles (HR, administrators). */
    @Transactional(readOnly = true)
    public boolean mayLaunch() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN);
    }

    /** The review templates the wizard offers. */
    @Transactional(readOnly = true)
    public List<ReviewTemplateSummary> reviewTemplates() {
        requireHr();
        ReviewRounds rounds = reviews.getIfAvailable();
        return rounds == null ? List.of() : rounds.usableTemplates();
    }

    /**
     * A request to start the wizard from: the next half-year (from the first of next month when today is past the
     * first), the whole organisation, the suggested deadlines, the cadence from the rules, the first template.
     */
    @Transactional(readOnly = true)
    public LaunchRequest suggestedRequest() {
        requireHr();
        LocalDate today = today();
        LocalDate start = today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(1).plusMonths(1);
        LocalDate end = start.plusMonths(6).minusDays(1);
        Long template = reviewTemplates().stream().findFirst().map(ReviewTemplateSummary::templateId).orElse(null);
        String name = (start.getMonthValue() <= 6 ? "H1 " : "H2 ") + start.getYear();
        return new LaunchRequest(name, start, end, CycleScope.organisation(), suggestedDeadlines(start, end), null,
                template, false);
    }

    /**
     * Deadlines that fit a period: a week to confirm the charter, four weeks for the cascade, the reviews in the last
     * four weeks, then a few days each to revise and to close.
     */
    public static PhaseDeadlines suggestedDeadlines(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end);
        long define = Math.min(7, days / 10);
        long cascade = Math.min(28, days / 4);
        long review = Math.max(cascade + 1, days - Math.min(28, days / 5));
        long reviewBy = Math.max(review, days - Math.min(10, days / 12));
        long revise = Math.max(reviewBy, days - Math.min(5, days / 30));
        return new PhaseDeadlines(start.plusDays(define), start.plusDays(cascade), start.plusDays(review),
                start.plusDays(reviewBy), start.plusDays(revise), end);
    }

    /**
     * What launching {@code request} would do: units (with the rule applied to each), people, the first tasks and
     * who gets them, people without a manager and units without a head. Refused, with every broken rule keyed by
     * field, when the request itself is invalid (the gaps are not an error here).
     */
    @Transactional(readOnly = true)
    public LaunchPreview preview(LaunchRequest request) {
        requireHr();
        Map<String, String> errors = new LinkedHashMap<>();
        validate(request, errors);
        ScopeSnapshot.Scope scope = request.scope() == null ? null : snapshots.of(request.scope());
        checkScope(request, scope, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return preview(request, scope);
    }

    // --- the launch ------------------------------------------------------------------------------------------------

    /**
     * Launches the cycle: its row, one row per unit and person of the scope, and its process instance, in one
     * transaction. Refused with field errors when the request breaks a rule, the scope has gaps that were not
     * accepted, or a cycle for this scope and period exists (also when another launch committed it a moment ago).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LaunchedCycle launch(LaunchRequest request) {
        try {
            return newTransaction.execute(s -> launchInTransaction(request));
        } catch (DataIntegrityViolationException concurrentLaunch) {
            // another launch of the same scope and period committed first (uq_cycle_scope_period)
            throw alreadyLaunched(request);
        }
    }

    private LaunchedCycle launchInTransaction(LaunchRequest request) {
        requireHr();
        Map<String, String> errors = new LinkedHashMap<>();
        validate(request, errors);
        ScopeSnapshot.Scope scope = request.scope() == null ? null : snapshots.of(request.scope());
        checkScope(request, scope, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (cycles.findByScopeAndPeriod(request.scope().key(), request.periodStart(), request.periodEnd())
                .isPresent()) {
            throw alreadyLaunched(request);
        }
        LaunchPreview preview = preview(request, scope);
        if (preview.hasGaps() && !request.acceptGaps()) {
            throw new ValidationException(Map.of("acceptGaps", gapsMessage(preview)));
        }
        String by = currentUser.actorName();
        Long charterVersion = charter.outline().map(CharterOutline::versionId).orElse(null);
        Cycle cycle = cycles.saveAndFlush(new Cycle(request.name().trim(), request.periodStart(), request.periodEnd(),
                request.scope(), request.deadlines(), request.frequency(), request.reviewTemplateId(),
                request.acceptGaps(), charterVersion, by, clock.instant()));
        long cycleId = cycle.getId();
        List<CycleUnit> unitRows = new ArrayList<>(scope.units().size());
        for (ScopeSnapshot.Unit u : scope.units()) {
            unitRows.add(new CycleUnit(cycleId, u.id(), u.parentId(), u.level(), u.headId(), u.members().size(),
                    u.rule()));
        }
        units.saveAll(unitRows);
        List<CyclePerson> personRows = new ArrayList<>(scope.people().size());
        for (PersonSummary p : scope.people()) {
            personRows.add(new CyclePerson(cycleId, p.id(), p.unitId(), p.managerId()));
        }
        persons.saveAll(personRows);
        persons.flush();
        cycle.started(workflow.startCycle(cycleId, CycleTimes.of(request.deadlines(), zone(), clock.instant())));
        audit.record("cycle.launched", "cycle", cycleId, cycle.name() + " (" + request.periodStart() + " to "
                + request.periodEnd() + ", " + scopeName(request.scope()) + "): "
                + Plural.count(unitRows.size(), "unit", "units") + ", " + Plural.count(personRows.size(), "person",
                        "people")
                + (preview.hasGaps() ? "; gaps accepted: " + gapsMessage(preview) : ""));
        events.publishEvent(new CycleLaunched(cycleId, cycle.name(), unitRows.size(), personRows.size(), by));
        return new LaunchedCycle(cycleId, cycle.name(), unitRows.size(), personRows.size());
    }

    private ValidationException alreadyLaunched(LaunchRequest request) {
        String existing = newTransaction.execute(s -> cycles
                .findByScopeAndPeriod(request.scope().key(), request.periodStart(), request.periodEnd())
                .map(c -> "“" + c.name() + "”, launched by " + c.launchedBy()).orElse("another cycle"));
        return new ValidationException(Map.of("periodStart", "A cycle for " + scopeName(request.scope())
                + " from " + request.periodStart() + " to " + request.periodEnd() + " exists already: " + existing
                + ". Open it from the cycles list."));
    }

    // --- rules -----------------------------------------------------------------------------------------------------

    private void validate(LaunchRequest r, Map<String, String> errors) {
        if (r == null) {
            throw new ValidationException(Map.of("name", "Fill in the cycle."));
        }
        if (r.name() == null || r.name().isBlank()) {
            errors.put("name", "Give the cycle a name.");
        } else if (r.name().trim().length() > CycleLimits.NAME_MAX_LENGTH) {
            errors.put("name", "The name can be at most " + CycleLimits.NAME_MAX_LENGTH + " characters.");
        }
        LocalDate start = r.periodStart();
        LocalDate end = r.periodEnd();
        if (start == null) {
            errors.put("periodStart", "Choose the first day of the period.");
        }
        if (end == null) {
            errors.put("periodEnd", "Choose the last day of the period.");
        }
        boolean periodOk = start != null && end != null;
        if (periodOk) {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            if (!end.isAfter(start)) {
                errors.put("periodEnd", "The period must end after it starts.");
                periodOk = false;
            } else if (days < CycleLimits.MIN_PERIOD_DAYS) {
                errors.put("periodEnd", "A period lasts at least " + CycleLimits.MIN_PERIOD_DAYS + " days.");
            } else if (days > CycleLimits.MAX_PERIOD_DAYS) {
                errors.put("periodEnd", "A period lasts at most " + CycleLimits.MAX_PERIOD_DAYS + " days.");
            }
            if (!end.isAfter(today())) {
                errors.put("periodEnd", "The period must end in the future.");
            }
        }
        if (r.scope() == null) {
            errors.put("scope", "Choose the whole organisation or a unit.");
        }
        PhaseDeadlines d = r.deadlines();
        if (d == null) {
            errors.put("deadlines", "Set the deadline of each phase.");
        } else {
            LocalDate[] dates = {d.defineBy(), d.cascadeBy(), d.reviewStartsOn(), d.reviewBy(), d.reviseBy(),
                    d.closeBy()};
            String[] keys = {"deadlines.defineBy", "deadlines.cascadeBy", "deadlines.reviewStartsOn",
                    "deadlines.reviewBy", "deadlines.reviseBy", "deadlines.closeBy"};
            String[] names = {"the charter's confirmation", "the cascade", "the reviews' opening", "the reviews",
                    "the revision", "the close"};
            LocalDate previous = null;
            String previousName = null;
            for (int i = 0; i < dates.length; i++) {
                LocalDate date = dates[i];
                if (date == null) {
                    errors.put(keys[i], "Set the deadline of " + names[i] + ".");
                    continue;
                }
                if (periodOk && (date.isBefore(start) || date.isAfter(end))) {
                    errors.put(keys[i], "The deadline of " + names[i] + " must lie inside the period (" + start
                            + " to " + end + ").");
                } else if (i == 0 && date.isBefore(today())) {
                    errors.put(keys[i], "The charter's confirmation cannot be due in the past.");
                } else if (previous != null && date.isBefore(previous)) {
                    errors.put(keys[i], "The deadline of " + names[i] + " cannot come before " + previousName + " ("
                            + previous + ").");
                } else if (previous != null && i <= 2 && !date.isAfter(previous)) {
                    errors.put(keys[i], "The deadline of " + names[i] + " must come after " + previousName + " ("
                            + previous + ").");
                }
                previous = date;
                previousName = names[i];
            }
        }
        if (r.reviewTemplateId() == null) {
            errors.put("reviewTemplateId", "Choose the review template.");
        } else {
            ReviewRounds rounds = reviews.getIfAvailable();
            if (rounds == null) {
                errors.put("reviewTemplateId", "Reviews are not available, so no cycle can be launched.");
            } else if (rounds.usableTemplates().stream().noneMatch(t -> t.templateId() == r.reviewTemplateId())) {
                errors.put("reviewTemplateId", "This review template does not exist (any more). Choose another.");
            }
        }
    }

    private void checkScope(LaunchRequest r, ScopeSnapshot.Scope scope, Map<String, String> errors) {
        if (r.scope() == null) {
            return;
        }
        if (scope == null) {
            errors.put("scope", "This unit does not exist (any more).");
        } else if (scope.peopleCount() == 0) {
            errors.put("scope", r.scope().isOrganisation() ? "Nobody active works in the organisation."
                    : "Nobody active works in this unit or below it.");
        }
    }

    private LaunchPreview preview(LaunchRequest request, ScopeSnapshot.Scope scope) {
        int listed = CycleLimits.PREVIEW_LISTED;
        List<UnitPreview> unitPreviews = scope.units().stream().map(ScopeSnapshot.Unit::preview).toList();
        List<UnitPreview> headless = unitPreviews.stream().filter(u -> !u.hasHead()).toList();
        // the heads of the organisation's top units report to nobody: that is no gap
        Set<Long> topHeads = new HashSet<>();
        for (ScopeSnapshot.Unit u : scope.units()) {
            if (u.headId() != null && scope.unitsOfOrganisationTop().contains(u.id())) {
                topHeads.add(u.headId());
            }
        }
        Map<Long, String> unitNames = new java.util.HashMap<>();
        scope.units().forEach(u -> unitNames.put(u.id(), u.name()));
        List<PersonGap> noManager = scope.people().stream()
                .filter(p -> p.managerId() == null && !topHeads.contains(p.id()))
                .map(p -> new PersonGap(p.id(), p.displayName(), p.unitId(), unitNames.get(p.unitId()))).toList();
        List<FirstTask> first = new ArrayList<>();
        PhaseDeadlines d = request.deadlines();
        first.add(new FirstTask("Leadership: confirm the charter or revise it", null, null, null,
                Role.LEADERSHIP.label(), d.defineBy()));
        for (ScopeSnapshot.Unit u : scope.units()) {
            if (u.level() != 1 || first.size() > listed) {
                continue;
            }
            LocalDate due = CycleTimes.cascadeDue(d.defineBy(), u.rule().unitGoalsDays(), d.cascadeBy());
            first.add(u.headId() == null
                    ? new FirstTask("No head: the unit's people start at once, aligned to the level above", u.id(),
                            u.name(), null, "—", null)
                    : new FirstTask("Head: set the unit's goals", u.id(), u.name(), u.headId(), u.headName(), due));
        }
        return new LaunchPreview(cut(unitPreviews, listed), unitPreviews.size(), scope.peopleCount(), first,
                cut(noManager, listed), noManager.size(), cut(headless, listed), headless.size());
    }

    private static String gapsMessage(LaunchPreview p) {
        List<String> parts = new ArrayList<>();
        if (p.peopleWithoutManagerCount() > 0) {
            parts.add(Plural.count(p.peopleWithoutManagerCount(), "person has", "people have") + " no manager");
        }
        if (p.unitsWithoutHeadCount() > 0) {
            parts.add(Plural.count(p.unitsWithoutHeadCount(), "unit has", "units have") + " no head");
        }
        return String.join(" and ", parts) + ": resolve this in the organisation, or accept it to launch anyway.";
    }

    private String scopeName(CycleScope scope) {
        if (scope.isOrganisation()) {
            return "the whole organisation";
        }
        return Optional.ofNullable(people.unitNames(List.of(scope.unitId())).get(scope.unitId()))
                .map(n -> n + " and below").orElse("unit " + scope.unitId());
    }

    private void requireHr() {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN);
    }

    private LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static <T> List<T> cut(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }
}
