package org.ladder.cycles.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.Role;
import org.ladder.checkins.CheckInCadences;
import org.ladder.checkins.Frequency;
import org.ladder.cycles.CycleEnded;
import org.ladder.cycles.CyclePersonStatus.Step;
import org.ladder.cycles.CyclePhase;
import org.ladder.cycles.CycleStatus;
import org.ladder.cycles.CycleTimes;
import org.ladder.cycles.CycleUnitStatus.UnitStep;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePerson;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.domain.CycleUnit;
import org.ladder.cycles.domain.CycleUnitRepository;
import org.ladder.cycles.domain.Escalation;
import org.ladder.goals.GoalFigures;
import org.ladder.people.PeopleService;
import org.ladder.reviews.ReviewRoundRequest;
import org.ladder.reviews.ReviewRounds;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.TaskNudges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle's steps that only the engine takes (ADR 0011, ADR 0026): entering each phase and calling the other
 * modules for it, starting a chunk of units or people idempotently, a unit becoming ready, a person's goals done, the
 * reminders and escalations of the cascade tasks, and freezing the record. They run in the engine's job transaction
 * with nobody signed in; no view and no other module can call them.
 */
@Component
@Transactional
class CycleEngineSteps {

    static final String CLOSE_SUBJECT = org.ladder.cycles.CycleClosing.SUBJECT;

    private final CycleRepository cycles;
    private final CycleUnitRepository units;
    private final CyclePersonRepository persons;
    private final EngineCycleWorkflow workflow;
    private final RuntimeService runtime;
    private final org.camunda.bpm.engine.RepositoryService repository;
    private final jakarta.persistence.EntityManager entities;
    private final PeopleService people;
    private final GoalFigures goals;
    private final CheckInCadences cadences;
    private final ObjectProvider<ReviewRounds> reviews;
    private final AcknowledgementCampaigns campaigns;
    private final TaskNudges nudges;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CycleEngineSteps(CycleRepository cycles, CycleUnitRepository units, CyclePersonRepository persons,
            EngineCycleWorkflow workflow, RuntimeService runtime, org.camunda.bpm.engine.RepositoryService repository,
            jakarta.persistence.EntityManager entities,
            PeopleService people, GoalFigures goals,
            CheckInCadences cadences, ObjectProvider<ReviewRounds> reviews, AcknowledgementCampaigns campaigns,
            TaskNudges nudges, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.cycles = cycles;
        this.units = units;
        this.persons = persons;
        this.workflow = workflow;
        this.runtime = runtime;
        this.repository = repository;
        this.entities = entities;
        this.people = people;
        this.goals = goals;
        this.cadences = cadences;
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.nudges = nudges;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What one launch chunk did. */
    record Started(int started, int skipped) {
    }

    // --- phases ----------------------------------------------------------------------------------------------------

    /** The cascade begins: the scope's top units start (in chunks). */
    void startCascade(long cycleId) {
        Cycle cycle = cycle(cycleId);
        if (cycle.status().isOver()) {
            return;
        }
        cycle.enter(CyclePhase.CASCADE);
        int chunks = workflow.queueUnits(cycleId, 0, units.topUnitIds(cycleId));
        audit.recordAs(actor(cycle), "cycle.phase", "cycle", cycleId, "Cascade: " + chunks + " launch job(s)");
    }

    /** Starts the unit-cascade or personal-goals instance of each of these that has none; idempotent. */
    Started startChunk(long cycleId, UnitCascadeProcess.Kind kind, List<Long> ids) {
        Cycle cycle = cycle(cycleId);
        if (cycle.status().isOver()) {
            return new Started(0, ids.size());
        }
        return kind == UnitCascadeProcess.Kind.UNITS ? startUnits(cycle, ids) : startPeople(cycle, ids);
    }

    private Started startUnits(Cycle cycle, List<Long> unitIds) {
        Instant now = clock.instant();
        LocalDate today = today();
        List<CycleUnit> rows = units.findByCycleIdAndUnitIdIn(cycle.getId(), unitIds);
        Map<Long, String> heads = people.activeUsernames(rows.stream().map(CycleUnit::headId)
                .filter(java.util.Objects::nonNull).toList());
        int started = 0;
        String definition = null;
        List<String> startedIds = new ArrayList<>();
        for (CycleUnit row : rows) {
            if (!row.needsStart()) {
                continue;
            }
            if (definition == null) {
                definition = latestDefinitionId(UnitCascadeProcess.KEY);
            }
            LocalDate dueDate = CycleTimes.cascadeDue(today, row.unitGoalsDays(), cycle.deadlines().cascadeBy());
            Instant due = CycleTimes.due(dueDate, clock.getZone());
            String head = row.headId() == null ? null : heads.get(row.headId());
            String pi = runtime.startProcessInstanceById(definition,
                    UnitCascadeProcess.unitBusinessKey(cycle.getId(), row.unitId()),
                    UnitCascadeProcess.unitStart(cycle.getId(), row.unitId(), head, due,
                            CycleTimes.remindBefore(due, now), due.plus(CycleTimes.HR_AFTER)).asMap())
                    .getId();
            pausedInstance(cycle, pi);
            startedIds.add(pi);
            row.started(pi, dueDate, now);
            started++;
        }
        settle(cycle, startedIds);
        units.saveAllAndFlush(rows);
        return new Started(started, unitIds.size() - started);
    }

    private Started startPeople(Cycle cycle, List<Long> personIds) {
        Instant now = clock.instant();
        LocalDate today = today();
        List<CyclePerson> rows = persons.findByCycleIdAndPersonIdIn(cycle.getId(), personIds);
        Map<Long, String> usernames = people.activeUsernames(personIds);
        Map<Long, Integer> days = new HashMap<>();
        units.findByCycleIdAndUnitIdIn(cycle.getId(), rows.stream().map(CyclePerson::unitId).distinct().toList())
                .forEach(u -> days.put(u.unitId(), u.personalGoalsDays()));
        int started = 0;
        int left = 0;
        String definition = null;
        List<String> startedIds = new ArrayList<>();
        for (CyclePerson row : rows) {
            if (!row.needsStart()) {
                continue;
            }
            if (definition == null) {
                definition = latestDefinitionId(UnitCascadeProcess.PERSON_KEY);
            }
            String username = usernames.get(row.personId());
            if (username == null) {
                row.left(now); // left meanwhile, or has no login: nothing to start
                left++;
                continue;
            }
            LocalDate dueDate = CycleTimes.cascadeDue(today, days.getOrDefault(row.unitId(), 7),
                    cycle.deadlines().cascadeBy());
            Instant due = CycleTimes.due(dueDate, clock.getZone());
            String pi = runtime.startProcessInstanceById(definition,
                    UnitCascadeProcess.personBusinessKey(cycle.getId(), row.personId()),
                    UnitCascadeProcess.personStart(cycle.getId(), row.personId(), username, due,
                            CycleTimes.remindBefore(due, now)).asMap())
                    .getId();
            pausedInstance(cycle, pi);
            startedIds.add(pi);
            row.started(pi, dueDate, now);
            started++;
        }
        persons.saveAllAndFlush(rows);
        if (left > 0) {
            // only people who left can end the cascade here (those started are drafting); it locks the cycle's row
            // for writing, so it comes before the chunk's shared look at the row (no lock upgrade between chunks)
            checkCascadeDone(cycle.getId());
        }
        settle(cycle, startedIds);
        return new Started(started, personIds.size() - started);
    }

    /**
     * The latest version of a model, read once per chunk: a start by key reads it again for every instance (a
     * statement each).
     */
    private String latestDefinitionId(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
                .singleResult().getId();
    }

    /**
     * A chunk's last look at its cycle, on the locked row (ADR 0034): a cancel that committed while the chunk started
     * its instances rolls the chunk back (its retry then finds the cycle over and starts nothing); a pause that
     * committed meanwhile suspends what it started. A pause or cancel that comes later waits for this transaction, and
     * its jobs then find these instances.
     */
    private void settle(Cycle cycle, List<String> startedIds) {
        if (startedIds.isEmpty()) {
            return;
        }
        // a shared lock: chunks running side by side do not wait for each other, a pause or cancel (which writes
        // the row) waits for them all; the row is read again as committed now
        CycleStatus seen = cycle.status();
        entities.flush(); // what this transaction changed is kept (the refresh reads it back)
        entities.refresh(cycle, jakarta.persistence.LockModeType.PESSIMISTIC_READ);
        CycleStatus now = cycle.status();
        if (now.isOver()) {
            throw new IllegalStateException("Cycle " + cycle.getId() + " was " + now.label().toLowerCase()
                    + " while this launch chunk started " + startedIds.size() + " instance(s): none of them stays");
        }
        if (now == CycleStatus.PAUSED && seen != CycleStatus.PAUSED) {
            workflow.suspendInstances(startedIds);
        }
    }

    /** An instance started while its cycle is paused waits with the others. */
    private void pausedInstance(Cycle cycle, String processInstanceId) {
        if (cycle.status() == CycleStatus.PAUSED) {
            workflow.suspendInstance(processInstanceId);
        }
    }

    /** The unit's goals are set (or it has no head): its people and its sub-units start. */
    void unitReady(long cycleId, long unitId) {
        Cycle cycle = cycle(cycleId);
        CycleUnit unit = units.findByCycleIdAndUnitId(cycleId, unitId).orElseThrow();
        if (cycle.status().isOver() || !unit.ready(clock.instant())) {
            return;
        }
        units.saveAndFlush(unit);
        // a unit's people and sub-units that fit in one chunk start in this step's own (retried, idempotent)
        // transaction: a launch instance for each unit of a fine-grained organisation would double the engine's
        // work (ADR 0026); only a larger unit is split into launch chunks
        List<Long> people = persons.personIdsOfUnit(cycleId, unitId);
        List<Long> children = units.childUnitIds(cycleId, unitId);
        if (people.size() > UnitCascadeProcess.CHUNK_SIZE) {
            workflow.queuePeople(cycleId, unitId, people);
        } else if (!people.isEmpty()) {
            startPeople(cycle, people);
        }
        if (children.size() > UnitCascadeProcess.CHUNK_SIZE) {
            workflow.queueUnits(cycleId, unitId, children);
        } else if (!children.isEmpty()) {
            startUnits(cycle, children);
        }
        if (people.isEmpty() && children.isEmpty()) {
            // the last unit to be ready may end the cascade; a unit with people or sub-units cannot, they wait
            checkCascadeDone(cycleId);
        }
    }

    /** The person's personal goal is approved. */
    void personalGoalsDone(long cycleId, long personId) {
        persons.findByCycleIdAndPersonId(cycleId, personId).ifPresent(row -> {
            if (row.done(clock.instant())) {
                persons.saveAndFlush(row);
            }
        });
        checkCascadeDone(cycleId);
    }

    /**
     * Tells the cycle its cascade is done when every unit is ready and everyone's personal goals are done (or they
     * left). The steps that may be last take turns on the cycle's row, so exactly one of them sees “all done”.
     */
    void checkCascadeDone(long cycleId) {
        Cycle cycle = cycles.lockById(cycleId).orElseThrow();
        if (cycle.phase() != CyclePhase.CASCADE || cycle.status().isOver()) {
            return;
        }
        if (units.countByCycleIdAndStatusNot(cycleId, UnitStep.READY) == 0
                && persons.countByCycleIdAndStatusIn(cycleId, EnumSet.of(Step.WAITING, Step.DRAFTING)) == 0) {
            workflow.cascadeDone(cycleId);
        }
    }

    /** Check-ins: everyone in the scope gets their check-in cadence until the period's end. */
    void startCheckIns(long cycleId) {
        Cycle cycle = cycle(cycleId);
        if (cycle.status().isOver()) {
            return;
        }
        cycle.enter(CyclePhase.CHECK_INS);
        Map<Long, Frequency> unitFrequencies = new HashMap<>();
        units.findByCycleIdOrderByLevelAscUnitIdAsc(cycleId).forEach(u -> unitFrequencies.put(u.unitId(),
                u.frequency()));
        Map<Frequency, List<Long>> byFrequency = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(persons.personIds(cycleId))) {
            for (CyclePerson p : persons.findByCycleIdAndPersonIdIn(cycleId, chunk)) {
                Frequency f = cycle.frequency() != null ? cycle.frequency()
                        : unitFrequencies.getOrDefault(p.unitId(), Frequency.EVERY_TWO_WEEKS);
                byFrequency.computeIfAbsent(f, k -> new ArrayList<>()).add(p.personId());
            }
        }
        int started = 0;
        LocalDate endsOn = cycle.periodEnd().isBefore(today()) ? today() : cycle.periodEnd();
        for (Map.Entry<Frequency, List<Long>> e : byFrequency.entrySet()) {
            started += cadences.startFor(e.getValue(), e.getKey(), endsOn, actor(cycle), "cycle", cycleId).started();
        }
        audit.recordAs(actor(cycle), "cycle.phase", "cycle", cycleId, "Check-ins: " + started + " cadence(s) started");
    }

    /** Review: the review round for everyone in scope. */
    void startReviews(long cycleId) {
        Cycle cycle = cycle(cycleId);
        if (cycle.status().isOver()) {
            return;
        }
        cycle.enter(CyclePhase.REVIEW);
        ReviewRounds rounds = reviews.getIfAvailable();
        if (rounds == null) {
            throw new IllegalStateException("Reviews are not available: the review round of cycle " + cycleId
                    + " cannot start");
        }
        var started = rounds.start(new ReviewRoundRequest(cycle.roundKey(), "Reviews — " + cycle.name(),
                cycle.periodStart(), cycle.periodEnd(), cycle.reviewTemplateId(), cycle.scopeUnitId(), actor(cycle)));
        audit.recordAs(actor(cycle), "cycle.phase", "cycle", cycleId, "Review: " + started.started()
                + " review(s) started, " + started.alreadyInRound() + " already in the round");
    }

    /** Revise: leadership's task follows (its outcomes are read live by CycleQueries). */
    void enterRevise(long cycleId) {
        Cycle cycle = cycle(cycleId);
        if (!cycle.status().isOver()) {
            cycle.enter(CyclePhase.REVISE);
        }
    }

    /**
     * Close: the owners of goals of the period that are still open are asked to achieve, abandon or carry each (a
     * light task, ADR 0008). False when nobody was asked: the close is done at once.
     */
    boolean startClose(long cycleId) {
        Cycle cycle = cycle(cycleId);
        if (cycle.status().isOver()) {
            return false;
        }
        cycle.enter(CyclePhase.CLOSE);
        Map<Long, Long> heads = new HashMap<>();
        for (CycleUnit u : units.findByCycleIdOrderByLevelAscUnitIdAsc(cycleId)) {
            if (u.headId() != null) {
                heads.put(u.unitId(), u.headId());
            }
        }
        List<Long> everyone = persons.personIds(cycleId);
        List<Long> owners = List.copyOf(goals.ownersOfOpenGoals(everyone, heads, cycle.periodStart(),
                cycle.periodEnd()));
        List<Long> active = List.copyOf(people.activeUsernames(owners).keySet());
        if (active.isEmpty()) {
            return false;
        }
        campaigns.startFor(CLOSE_SUBJECT, cycleId, "Close your open goals of " + cycle.name(),
                "cycles/" + cycleId + "/close", active);
        audit.recordAs(actor(cycle), "cycle.phase", "cycle", cycleId, "Close: " + active.size()
                + " owner(s) asked to close their open goals");
        return true;
    }

    /** The close is over: open close requests end, the record is frozen. */
    void freeze(long cycleId) {
        Cycle cycle = cycle(cycleId);
        if (cycle.status().isOver()) {
            return;
        }
        campaigns.campaignFor(CLOSE_SUBJECT, cycleId).filter(c -> c.closedAt() == null && c.completedAt() == null)
                .ifPresent(c -> campaigns.closeByProcess(c.id()));
        cycle.close(actor(cycle), clock.instant());
        audit.recordAs(actor(cycle), "cycle.closed", "cycle", cycleId, cycle.name() + ": the record is frozen");
        events.publishEvent(new CycleEnded(cycleId, CycleStatus.CLOSED, null));
    }

    // --- reminders and escalations ---------------------------------------------------------------------------------

    void remindLeadership(String processInstanceId) {
        nudges.remind(processInstanceId, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        nudges.remind(processInstanceId, AlignmentCycleProcess.TASK_REVISE);
    }

    void escalateLeadershipToHr(String processInstanceId) {
        nudges.escalateToRole(processInstanceId, AlignmentCycleProcess.TASK_CONFIRM_CHARTER, Role.HR);
    }

    void remindHead(String processInstanceId) {
        nudges.remind(processInstanceId, UnitCascadeProcess.TASK_SET_UNIT_GOALS);
    }

    /**
     * The head is late: the task is offered to the skip-level manager as well (the head's own manager, else the head
     * of the unit above); nobody there: to HR.
     */
    void escalateToSkipLevel(String processInstanceId, long cycleId, long unitId) {
        CycleUnit unit = units.findByCycleIdAndUnitId(cycleId, unitId).orElseThrow();
        Optional<Long> skip = Optional.empty();
        if (unit.headId() != null) {
            skip = people.managerChain(unit.headId()).stream().filter(people::isActive).findFirst();
        }
        if (skip.isEmpty() && unit.parentUnitId() != null) {
            skip = people.headOf(unit.parentUnitId()).filter(h -> !h.equals(unit.headId())).filter(people::isActive);
        }
        int told = skip.map(s -> nudges.escalate(processInstanceId, UnitCascadeProcess.TASK_SET_UNIT_GOALS,
                List.of(s))).orElse(0);
        if (told == 0) {
            nudges.escalateToRole(processInstanceId, UnitCascadeProcess.TASK_SET_UNIT_GOALS, Role.HR);
            unit.escalated(Escalation.HR);
        } else {
            unit.escalated(Escalation.SKIP_LEVEL);
        }
    }

    void escalateUnitToHr(String processInstanceId, long cycleId, long unitId) {
        nudges.escalateToRole(processInstanceId, UnitCascadeProcess.TASK_SET_UNIT_GOALS, Role.HR);
        units.findByCycleIdAndUnitId(cycleId, unitId).ifPresent(u -> u.escalated(Escalation.HR));
    }

    void remindPerson(String processInstanceId) {
        nudges.remind(processInstanceId, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS);
    }

    /** The person is late with their personal goals: their manager is told (and may act on the task with them). */
    void escalatePersonToManager(String processInstanceId, long cycleId, long personId) {
        CyclePerson person = persons.findByCycleIdAndPersonId(cycleId, personId).orElseThrow();
        List<Long> managers = people.managerChain(personId).stream().filter(people::isActive).limit(1).toList();
        int told = managers.isEmpty() ? 0
                : nudges.escalate(processInstanceId, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS, managers);
        if (told == 0) {
            nudges.escalateToRole(processInstanceId, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS, Role.HR);
            person.escalated(Escalation.HR);
        } else {
            person.escalated(Escalation.SKIP_LEVEL);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Cycle cycle(long cycleId) {
        return cycles.findById(cycleId).orElseThrow(() -> new IllegalStateException("No cycle " + cycleId));
    }

    private static String actor(Cycle cycle) {
        return "Alignment cycle “" + cycle.name() + "”";
    }

    private LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
        }
        return chunks;
    }
}
