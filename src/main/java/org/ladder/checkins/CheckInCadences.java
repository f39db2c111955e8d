package org.ladder.checkins;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.text.Plural;
import org.ladder.checkins.domain.CheckInCadence;
import org.ladder.checkins.domain.CheckInCadenceRepository;
import org.ladder.checkins.domain.MissedCheckInRepository;
import org.ladder.checkins.domain.StopReason;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting, changing and stopping the check-in cadence of a person or of a unit (with or without its sub-units):
 * for HR, administrators, and the head of the unit (for their units and everything below). The cycle issue calls
 * these. A command writes every person's cadence row in its own transaction, audited (who and when on each row, one
 * audit line per command); the engine follows in launch jobs of 200 people (ADR 0019), so
 * 50,000 people take one command and a few hundred jobs. A change takes effect from each person's next period.
 */
@Service
@Transactional
public class CheckInCadences {

    /** How far ahead a cadence may end. */
    public static final int MAX_YEARS_AHEAD = 2;
    /** How many units the unit picker offers. */
    public static final int MAX_UNITS_LISTED = 2000;
    private static final int IN_CLAUSE = 1000;

    private final CheckInCadenceRepository cadences;
    private final MissedCheckInRepository missed;
    private final PeopleService people;
    private final CadenceWorkflow workflow;
    private final CadenceCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    CheckInCadences(CheckInCadenceRepository cadences, MissedCheckInRepository missed, PeopleService people,
            CadenceWorkflow workflow, CadenceCalendar calendar, CurrentUser currentUser, AuditLog audit,
            Clock clock, PlatformTransactionManager transactions) {
        this.cadences = cadences;
        this.missed = missed;
        this.people = people;
        this.workflow = workflow;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    // --- reads ----------------------------------------------------------------------------------------------------

    /** Whether the caller may start, change or stop cadences at all (HR, admins, heads of units). */
    @Transactional(readOnly = true)
    public boolean mayManageCadences() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN)
                || currentUser.get().map(u -> !people.unitsHeadedBy(u.personId()).isEmpty()).orElse(false);
    }

    /** The units whose cadences the caller may manage: all for HR and admins, else the ones they head and below. */
    @Transactional(readOnly = true)
    public List<OrgUnitNode> manageableUnits() {
        LadderUser me = currentUser.require();
        if (currentUser.hasAnyRole(Role.HR, Role.ADMIN)) {
            return people.unitsAtOrBelow(null, MAX_UNITS_LISTED);
        }
        List<Long> headed = people.unitsHeadedBy(me.personId());
        return headed.isEmpty() ? List.of() : people.unitsAtOrBelow(headed, MAX_UNITS_LISTED);
    }

    /** The default end of a cadence started today: the end of the cycle year. */
    @Transactional(readOnly = true)
    public LocalDate defaultEnd() {
        return calendar.defaultEnd(today());
    }

    /** Whom the command would touch: the active people in the scope and how many run a cadence now. */
    @Transactional(readOnly = true)
    public CadenceImpact impact(CadenceScope scope) {
        requireMayManage(scope);
        List<Long> ids = activePeople(scope);
        Map<Frequency, Integer> running = new EnumMap<>(Frequency.class);
        for (List<Long> chunk : chunks(ids)) {
            for (Object[] row : cadences.countActiveByFrequency(chunk)) {
                running.merge((Frequency) row[0], ((Number) row[1]).intValue(), Integer::sum);
            }
        }
        return new CadenceImpact(ids.size(), running);
    }

    /** The caller's own cadence, if they ever had one. */
    @Transactional(readOnly = true)
    public Optional<PersonCadence> myCadence() {
        return cadenceOf(currentUser.require().personId());
    }

    /** A person's cadence: for the person, their manager chain, HR, admins and the heads above them. */
    @Transactional(readOnly = true)
    public Optional<PersonCadence> cadenceOf(long personId) {
        LadderUser me = currentUser.require();
        if (me.personId() != personId && !people.managerChain(personId).contains(me.personId())
                && !mayManage(CadenceScope.person(personId))) {
            throw new AccessDeniedException("You may not see this person's check-in cadence.");
        }
        return cadences.findByPersonId(personId).map(row -> {
            Optional<CadenceWorkflow.OpenCheckIn> open = row.isActive() ? workflow.openCheckIn(personId)
                    : Optional.empty();
            return new PersonCadence(personId, row.frequency(), row.endsOn(), row.isActive(),
                    open.map(CadenceWorkflow.OpenCheckIn::periodLabel).orElse(null),
                    open.map(CadenceWorkflow.OpenCheckIn::dueAt).orElse(null), missed.countByPersonId(personId));
        });
    }

    // --- commands ---------------------------------------------------------------------------------------------

    /**
     * Starts the cadence for everyone in the scope who does not run one (those who do keep theirs: change them
     * with {@link #change}). Two starts at once for the same people: the later one waits for the first, then finds
     * them started.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public CadenceChange start(CadenceScope scope, Frequency frequency, LocalDate endsOn) {
        try {
            return newTransaction.execute(s -> startInTransaction(scope, frequency, endsOn));
        } catch (DataIntegrityViolationException concurrentStart) {
            // another start inserted some of the same people's rows first; now they exist
            return newTransaction.execute(s -> startInTransaction(scope, frequency, endsOn));
        }
    }

    private CadenceChange startInTransaction(CadenceScope scope, Frequency frequency, LocalDate endsOn) {
        requireMayManage(scope);
        validate(frequency, endsOn);
        List<Long> ids = requirePeople(scope);
        return startRows(ids, frequency, endsOn, currentUser.actorName(), scopeType(scope), scopeId(scope));
    }

    /**
     * Starts the cadence for those of these people who are active and run none, for a process that runs as the
     * engine (the alignment cycle starts everyone's cadence for its period): allowed when nobody is signed in (an
     * engine job) or for HR and administrators; anyone else signed in is refused, so a view cannot use it to pass the
     * checks of {@link #start}. {@code startedBy} names the process on the rows and in the audit
     * (“Alignment cycle “H1 2027””). People left out because they left are counted as already running in
     * {@link CadenceChange#unchanged()}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public CadenceChange startFor(List<Long> personIds, Frequency frequency, LocalDate endsOn, String startedBy,
            String subjectType, long subjectId) {
        requireSystemOrHr();
        try {
            return newTransaction.execute(s -> startForInTransaction(personIds, frequency, endsOn, startedBy,
                    subjectType, subjectId));
        } catch (DataIntegrityViolationException concurrentStart) {
            return newTransaction.execute(s -> startForInTransaction(personIds, frequency, endsOn, startedBy,
                    subjectType, subjectId));
        }
    }

    private CadenceChange startForInTransaction(List<Long> personIds, Frequency frequency, LocalDate endsOn,
            String startedBy, String subjectType, long subjectId) {
        validate(frequency, endsOn);
        if (startedBy == null || startedBy.isBlank()) {
            throw new IllegalArgumentException("Say who starts the cadences");
        }
        List<Long> ids = List.copyOf(people.activeUsernames(personIds).keySet());
        CadenceChange started = startRows(ids, frequency, endsOn, startedBy, subjectType, subjectId);
        return new CadenceChange(started.started(), 0, 0, started.unchanged() + personIds.size() - ids.size());
    }

    /**
     * Stops the cadence of those of these people who run one (the alignment cycle was cancelled); their instances
     * end in launch jobs. Same access as {@link #startFor}.
     */
    public CadenceChange stopFor(List<Long> personIds, String stoppedBy, String subjectType, long subjectId) {
        requireSystemOrHr();
        Instant now = clock.instant();
        List<Long> toStop = new ArrayList<>();
        for (CheckInCadence row : rows(List.copyOf(personIds)).values()) {
            if (row.isActive()) {
                row.stop(StopReason.STOPPED, stoppedBy, now);
                if (row.processInstanceId() != null) {
                    toStop.add(row.personId());
                }
            }
        }
        cadences.flush();
        audit.record("cadence.stopped", subjectType, subjectId, stoppedBy + ": "
                + Plural.count(toStop.size(), "person", "people"));
        workflow.bringInLine(request(), toStop);
        return new CadenceChange(0, 0, toStop.size(), personIds.size() - toStop.size());
    }

    private void requireSystemOrHr() {
        if (currentUser.get().isPresent() && !currentUser.hasAnyRole(Role.HR, Role.ADMIN)) {
            throw new AccessDeniedException("Only HR and the alignment cycle may start cadences for many people.");
        }
    }

    private CadenceChange startRows(List<Long> ids, Frequency frequency, LocalDate endsOn, String by,
            String subjectType, long subjectId) {
        Instant now = clock.instant();
        Map<Long, CheckInCadence> rows = rows(ids);
        List<CheckInCadence> save = new ArrayList<>();
        List<Long> launch = new ArrayList<>();
        int running = 0;
        for (long id : ids) {
            CheckInCadence row = rows.get(id);
            if (row == null) {
                row = new CheckInCadence(id, frequency, endsOn, calendar.offsetOf(id), by, now);
            } else if (row.isActive()) {
                running++;
                continue;
            } else {
                row.start(frequency, endsOn, by, now);
            }
            save.add(row);
            launch.add(id);
        }
        cadences.saveAll(save);
        cadences.flush();
        audit.record("cadence.started", subjectType, subjectId, frequency.label() + " until " + endsOn
                + ": " + Plural.count(launch.size(), "person", "people") + " started, " + running
                + " already on a cadence");
        workflow.bringInLine(request(), launch);
        return new CadenceChange(launch.size(), 0, 0, running);
    }

    /** Changes the frequency or end of everyone in the scope who runs a cadence, from their next period on. */
    public CadenceChange change(CadenceScope scope, Frequency frequency, LocalDate endsOn) {
        requireMayManage(scope);
        validate(frequency, endsOn);
        List<Long> ids = requirePeople(scope);
        String by = currentUser.actorName();
        Instant now = clock.instant();
        int changed = 0;
        for (CheckInCadence row : rows(ids).values()) {
            if (row.isActive() && row.change(frequency, endsOn, by, now)) {
                changed++;
            }
        }
        audit.record("cadence.changed", scopeType(scope), scopeId(scope), frequency.label() + " until " + endsOn
                + " from the next period: " + Plural.count(changed, "person", "people"));
        return new CadenceChange(0, changed, 0, ids.size() - changed);
    }

    /**
     * Stops the cadence of everyone in the scope who runs one; their open check-in and 1:1 tasks close (at once
     * for one person, in launch jobs for a unit).
     */
    public CadenceChange stop(CadenceScope scope) {
        requireMayManage(scope);
        List<Long> ids = requirePeople(scope);
        String by = currentUser.actorName();
        Instant now = clock.instant();
        List<Long> toStop = new ArrayList<>();
        int stopped = 0;
        for (CheckInCadence row : rows(ids).values()) {
            if (!row.isActive()) {
                continue;
            }
            row.stop(StopReason.STOPPED, by, now);
            stopped++;
            if (scope.isPerson()) {
                workflow.stop(row.processInstanceId());
                row.detached();
            } else if (row.processInstanceId() != null) {
                toStop.add(row.personId());
            }
        }
        cadences.flush();
        audit.record("cadence.stopped", scopeType(scope), scopeId(scope), Plural.count(stopped, "person", "people"));
        workflow.bringInLine(request(), toStop);
        return new CadenceChange(0, 0, stopped, ids.size() - stopped);
    }

    // --- from events (CadenceListeners) and check-ins ---------------------------------------------------------------------------

    /** A person left (was deactivated): their cadence stops and their open check-in and 1:1 tasks close. */
    void personLeft(long personId) {
        cadences.findByPersonId(personId).filter(CheckInCadence::isActive).ifPresent(row -> {
            row.stop(StopReason.LEFT, currentUser.actorName(), clock.instant());
            workflow.stop(row.processInstanceId());
            row.detached();
            audit.record("cadence.stopped", "person", personId, "the person left");
        });
    }

    /**
     * A check-in is being submitted ({@link CheckIns#submit}, in its transaction): the person's open period is done,
     * the manager's 1:1 follows. False when no check-in task was open (no cadence, or the period has not begun).
     */
    boolean checkedIn(long checkInId, long personId, Long managerId, Instant submittedAt) {
        String manager = Optional.ofNullable(managerId).filter(people::isActive)
                .flatMap(people::usernameOf).orElse(null);
        return workflow.checkedIn(personId, checkInId, manager, submittedAt);
    }

    // --- rules ----------------------------------------------------------------------------------------------------

    private void validate(Frequency frequency, LocalDate endsOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (frequency == null) {
            errors.put("frequency", "Choose how often people check in.");
        }
        LocalDate today = today();
        if (endsOn == null) {
            errors.put("endsOn", "Choose when the cadence ends.");
        } else if (endsOn.isBefore(today)) {
            errors.put("endsOn", "The end cannot lie in the past.");
        } else if (endsOn.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.put("endsOn", "The end can be at most " + MAX_YEARS_AHEAD + " years ahead.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private List<Long> requirePeople(CadenceScope scope) {
        List<Long> ids = activePeople(scope);
        if (ids.isEmpty()) {
            throw new ValidationException(Map.of("scope", scope.isPerson() ? "This person has left."
                    : "Nobody active works in this unit" + (scope.includeSubUnits() ? " or below it." : ".")));
        }
        return ids;
    }

    private List<Long> activePeople(CadenceScope scope) {
        if (scope.isPerson()) {
            return people.isActive(scope.personId()) ? List.of(scope.personId()) : List.of();
        }
        Collection<Long> units = scope.includeSubUnits() ? people.unitIdsAtOrBelow(List.of(scope.unitId()))
                : List.of(scope.unitId());
        return people.activeMemberIds(units);
    }

    private boolean mayManage(CadenceScope scope) {
        if (currentUser.hasAnyRole(Role.HR, Role.ADMIN)) {
            return true;
        }
        Optional<LadderUser> me = currentUser.get();
        if (me.isEmpty()) {
            return false;
        }
        List<Long> headed = people.unitsHeadedBy(me.get().personId());
        if (headed.isEmpty()) {
            return false;
        }
        Set<Long> below = people.unitIdsAtOrBelow(headed);
        Long unit = scope.isPerson()
                ? people.summaries(List.of(scope.personId())).stream().findFirst().map(PersonSummary::unitId)
                        .orElse(null)
                : scope.unitId();
        return unit != null && below.contains(unit);
    }

    private void requireMayManage(CadenceScope scope) {
        if (!mayManage(scope)) {
            throw new AccessDeniedException("Only HR and the head of this unit may manage its check-in cadence.");
        }
    }

    private Map<Long, CheckInCadence> rows(List<Long> ids) {
        Map<Long, CheckInCadence> rows = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            cadences.findByPersonIdIn(chunk).forEach(r -> rows.put(r.personId(), r));
        }
        return rows;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CLAUSE) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IN_CLAUSE)));
        }
        return chunks;
    }

    private LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    private static String request() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String scopeType(CadenceScope scope) {
        return scope.isPerson() ? "person" : scope.includeSubUnits() ? "unit-subtree" : "unit";
    }

    private static long scopeId(CadenceScope scope) {
        return scope.isPerson() ? scope.personId() : scope.unitId();
    }
}
