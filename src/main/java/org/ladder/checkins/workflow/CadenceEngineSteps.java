package org.ladder.checkins.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.checkins.CadenceCalendar;
import org.ladder.checkins.CadencePeriod;
import org.ladder.checkins.CadenceWorkflow;
import org.ladder.checkins.CheckInPeriodMissed;
import org.ladder.checkins.domain.CheckInCadence;
import org.ladder.checkins.domain.CheckInCadenceRepository;
import org.ladder.checkins.domain.MissedCheckIn;
import org.ladder.checkins.domain.MissedCheckInRepository;
import org.ladder.people.PeopleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadence's steps that only the engine takes (ADR 0011): bringing a chunk of people's instances in line with
 * their cadence rows, planning the next period from a person's row, marking a period missed. They run in the
 * engine's job transaction; no view and no other module can call them.
 */
@Component
@Transactional
class CadenceEngineSteps {

    private static final Logger log = LoggerFactory.getLogger(CadenceEngineSteps.class);

    private final CheckInCadenceRepository cadences;
    private final MissedCheckInRepository missed;
    private final PeopleService people;
    private final RuntimeService runtime;
    private final CadenceWorkflow workflow;
    private final CadenceCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CadenceEngineSteps(CheckInCadenceRepository cadences, MissedCheckInRepository missed, PeopleService people,
            RuntimeService runtime, CadenceWorkflow workflow, CadenceCalendar calendar,
            ApplicationEventPublisher events, Clock clock) {
        this.cadences = cadences;
        this.missed = missed;
        this.people = people;
        this.runtime = runtime;
        this.workflow = workflow;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** What one launch job did. */
    record InLine(int started, int stopped, int skipped) {
    }

    /**
     * Starts an instance for every running cadence of these people that has none yet and stops the instances of
     * stopped cadences. Idempotent: a second run, or a run after a crash, finds the instances recorded on the rows.
     * Two runs at once for the same people: the rows are versioned, so the later commit fails, rolls back with the
     * instances it started, and its job is retried (and then finds them started).
     */
    InLine bringInLine(List<Long> personIds) {
        List<CheckInCadence> rows = cadences.findByPersonIdIn(personIds);
        Instant now = clock.instant();
        List<Long> toStart = rows.stream().filter(CheckInCadence::needsLaunch).map(CheckInCadence::personId)
                .toList();
        Map<Long, String> usernames = toStart.isEmpty() ? Map.of() : people.activeUsernames(toStart);
        int started = 0;
        int stopped = 0;
        int skipped = 0;
        List<CheckInCadence> changed = new ArrayList<>();
        for (CheckInCadence row : rows) {
            if (row.needsLaunch()) {
                String username = usernames.get(row.personId());
                if (username == null) {
                    skipped++; // left meanwhile (the leaver's listener stops the row) or has no login
                    continue;
                }
                CadencePeriod first = calendar.first(row.frequency(), now, row.offsetMinutes());
                if (!CadenceCalendar.within(first, row.endsOn())) {
                    row.end();
                } else {
                    String pi = runtime.startProcessInstanceByKey(CheckInCadenceProcess.KEY,
                            CheckInCadenceProcess.businessKey(row.personId()),
                            CheckInCadenceProcess.start(row.personId(), username, first, now).asMap()).getId();
                    row.launched(pi);
                    started++;
                }
                changed.add(row);
            } else if (row.needsStopping()) {
                workflow.stop(row.processInstanceId());
                row.detached();
                changed.add(row);
                stopped++;
            } else {
                skipped++;
            }
        }
        cadences.saveAllAndFlush(changed);
        return new InLine(started, stopped, skipped);
    }

    /**
     * The period after the one that ended on {@code previousEnd}, as the person's cadence stands now; empty when the
     * cadence is over (its end date passed, stopped, or the person left), which marks a running row ended.
     */
    Optional<CadencePeriod> nextPeriod(long personId, LocalDate previousEnd) {
        Optional<CheckInCadence> found = cadences.findByPersonId(personId);
        if (found.isEmpty() || !found.get().isActive()) {
            return Optional.empty();
        }
        CheckInCadence row = found.get();
        if (!people.isActive(personId)) {
            log.info("Cadence of person {} ends: the person is no longer active", personId);
            return Optional.empty();
        }
        CadencePeriod next = calendar.next(row.frequency(), previousEnd, clock.instant(), row.offsetMinutes());
        if (!CadenceCalendar.within(next, row.endsOn())) {
            row.end();
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** Records the period as missed (once) and tells whoever listens. */
    void markMissed(long personId, LocalDate periodStart, Instant dueAt) {
        if (missed.existsByPersonIdAndPeriodStart(personId, periodStart)) {
            return;
        }
        missed.save(new MissedCheckIn(personId, periodStart, dueAt, clock.instant()));
        events.publishEvent(new CheckInPeriodMissed(personId, periodStart, dueAt));
    }

    Instant now() {
        return clock.instant();
    }
}
