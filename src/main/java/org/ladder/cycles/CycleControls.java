package org.ladder.cycles;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.checkins.CheckInCadences;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.reviews.ReviewRounds;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's and administrators' hand on a running cycle: pause (every instance of the cycle suspended: no task can be
 * completed, no timer fires), resume, cancel (every instance deleted — its tasks, timers and jobs with it —, the
 * cadences it started stopped, its review round and close requests ended), and its incidents: the steps that failed
 * after their retries, retried here. Each command checks the cycle's version (two HR users at once: the later one is
 * told) and is audited.
 */
@Service
@Transactional
public class CycleControls {

    private final CycleRepository cycles;
    private final CyclePersonRepository persons;
    private final CycleWorkflow workflow;
    private final CheckInCadences cadences;
    private final ObjectProvider<ReviewRounds> reviews;
    private final AcknowledgementCampaigns campaigns;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    @org.springframework.beans.factory.annotation.Autowired
    private ObjectProvider<CycleCharterWaits> charterWaits;

    CycleControls(CycleRepository cycles, CyclePersonRepository persons, CycleWorkflow workflow,
            CheckInCadences cadences, ObjectProvider<ReviewRounds> reviews, AcknowledgementCampaigns campaigns,
            CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.cycles = cycles;
        this.persons = persons;
        this.workflow = workflow;
        this.cadences = cadences;
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the caller may pause, resume, cancel cycles and retry their incidents. */
    @Transactional(readOnly = true)
    public boolean mayControl() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN);
    }

    /** Pauses a running cycle: its instances wait (tasks cannot be completed, timers do not fire) until resumed. */
    public void pause(long cycleId, long expectedVersion) {
        Cycle cycle = editable(cycleId, expectedVersion);
        if (!cycle.mayBePaused()) {
            throw new ValidationException(Map.of("status", "Only a running cycle can be paused; this one is "
                    + cycle.status().label().toLowerCase() + "."));
        }
        cycle.pause(currentUser.actorName(), clock.instant());
        int n = workflow.suspend(cycleId);
        cycles.flush();
        audit.record("cycle.paused", "cycle", cycleId, cycle.name() + ": " + n + " process instance(s) suspended");
    }

    /** Resumes a paused cycle: its instances go on (timers that fell due meanwhile fire now). */
    public void resume(long cycleId, long expectedVersion) {
        Cycle cycle = editable(cycleId, expectedVersion);
        if (!cycle.mayBeResumed()) {
            throw new ValidationException(Map.of("status", "Only a paused cycle can be resumed; this one is "
                    + cycle.status().label().toLowerCase() + "."));
        }
        cycle.resume();
        int n = workflow.activate(cycleId);
        cycles.flush();
        charterWaits.ifAvailable(w -> w.arrived(cycleId)); // a charter published while paused (ADR 0035)
        audit.record("cycle.resumed", "cycle", cycleId, cycle.name() + ": " + n + " process instance(s) resumed");
    }

    /**
     * Cancels a cycle (a reason is required): every instance of the cycle ends at once with its tasks and timers, the
     * check-in cadences it started stop, its review round and its close requests end. The record stays, cancelled.
     */
    public void cancel(long cycleId, long expectedVersion, String reason) {
        Cycle cycle = editable(cycleId, expectedVersion);
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new ValidationException(Map.of("reason", "Say why the cycle is cancelled."));
        }
        if (why.length() > CycleLimits.REASON_MAX_LENGTH) {
            throw new ValidationException(Map.of("reason", "The reason can be at most "
                    + CycleLimits.REASON_MAX_LENGTH + " characters."));
        }
        if (!cycle.mayBeCancelled()) {
            throw new ValidationException(Map.of("status", "This cycle is " + cycle.status().label().toLowerCase()
                    + " already."));
        }
        CyclePhase phase = cycle.phase();
        cycle.cancel(why, currentUser.actorName(), clock.instant());
        int instances = workflow.delete(cycleId, "Cycle cancelled: " + why);
        int stopped = 0;
        if (phase.ordinal() >= CyclePhase.CHECK_INS.ordinal()) {
            stopped = cadences.stopFor(persons.personIds(cycleId), "Cycle “" + cycle.name() + "” cancelled", "cycle",
                    cycleId).stopped();
        }
        if (phase.ordinal() >= CyclePhase.REVIEW.ordinal()) {
            ReviewRounds rounds = reviews.getIfAvailable();
            if (rounds != null) {
                rounds.cancel(cycle.roundKey(), "Cycle “" + cycle.name() + "” cancelled: " + why);
            }
        }
        campaigns.campaignFor(CycleClosing.SUBJECT, cycleId).filter(c -> c.closedAt() == null && c.completedAt() == null)
                .ifPresent(c -> campaigns.closeByProcess(c.id()));
        cycles.flush();
        audit.record("cycle.cancelled", "cycle", cycleId, cycle.name() + " (" + why + "): " + instances
                + " process instance(s) ended, " + stopped + " cadence(s) stopped");
        events.publishEvent(new CycleEnded(cycleId, CycleStatus.CANCELLED, why));
    }

    /** The cycle's failed steps (after their retries), newest first. */
    @Transactional(readOnly = true)
    public List<CycleIncident> incidents(long cycleId) {
        requireHr();
        cycle(cycleId);
        return workflow.incidents(cycleId);
    }

    /** Retries a failed step of the cycle now (with one retry; it becomes an incident again if it fails again). */
    public void retry(long cycleId, String incidentId) {
        requireHr();
        Cycle cycle = cycle(cycleId);
        if (!workflow.retry(cycleId, incidentId)) {
            throw new ValidationException(Map.of("incident", "This failure is no longer open, or not this cycle's."));
        }
        audit.record("cycle.retried", "cycle", cycleId, cycle.name() + ": incident " + incidentId);
    }

    private Cycle editable(long cycleId, long expectedVersion) {
        requireHr();
        Cycle cycle = cycle(cycleId);
        if (cycle.version() != expectedVersion) {
            throw new ConcurrentEditException("Someone changed this cycle meanwhile (it is "
                    + cycle.status().label().toLowerCase() + " now). Reload it and try again.");
        }
        return cycle;
    }

    private Cycle cycle(long cycleId) {
        return cycles.findById(cycleId)
                .orElseThrow(() -> new ValidationException(Map.of("cycle", "This cycle does not exist.")));
    }

    private void requireHr() {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN);
    }

}
