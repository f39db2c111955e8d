package org.ladder.cycles;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.cycles.domain.ControlRun;
import org.ladder.cycles.domain.ControlRun.Operation;
import org.ladder.cycles.domain.ControlRunRepository;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's and administrators' hand on a running cycle: pause (every instance of the cycle suspended, its joiners'
 * onboardings among them: no task can be completed, no timer fires; what is approved or acknowledged meanwhile is
 * taken by the resume, ADR 0038), resume, cancel (every instance deleted — its tasks, timers and jobs with it —, its
 * open onboardings closed, the
 * cadences of its people stopped, its review round and close requests ended), and its incidents: the steps that
 * failed after their retries, retried here. Each command checks the cycle's version (two HR users at once: the later
 * one is told), is audited and records the decision at once; the engine work follows in chunks of asynchronous,
 * retried jobs ({@code cycle-control}, ADR 0034), whose progress {@link #progress} tells. A command that contradicts
 * one still at work is refused with its progress; a cancel overtakes a pause or resume.
 */
@Service
@Transactional
public class CycleControls {

    private final CycleRepository cycles;
    private final CyclePersonRepository persons;
    private final CycleWorkflow workflow;
    private final ControlRunRepository runs;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CycleControls(CycleRepository cycles, CyclePersonRepository persons, CycleWorkflow workflow,
            ControlRunRepository runs, CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.cycles = cycles;
        this.persons = persons;
        this.workflow = workflow;
        this.runs = runs;
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

    /**
     * Pauses a running cycle: the decision is recorded at once (no task of the cycle can be completed through Ladder
     * from now on, and the cycle's own instance, whose timers move the phases, is suspended in this transaction);
     * the other instances are suspended in chunks by {@code cycle-control} jobs, those whose jobs fall due first
     * first (ADR 0034).
     */
    public void pause(long cycleId, long expectedVersion) {
        Cycle cycle = editable(cycleId, expectedVersion);
        if (!cycle.mayBePaused()) {
            throw new ValidationException(Map.of("status", "Only a running cycle can be paused; this one is "
                    + cycle.status().label().toLowerCase() + "." + stillRunning(cycleId)));
        }
        refuseWhileRunning(cycleId, "paused");
        cycle.pause(currentUser.actorName(), clock.instant());
        cycles.flush(); // the cycle's row first: a launch chunk that ends now sees the pause or is waited for
        boolean own = workflow.suspendCycleInstance(cycleId);
        ControlRun run = command(cycle, Operation.PAUSE, 0, own ? 1 : 0);
        audit.record("cycle.paused", "cycle", cycleId, cycle.name() + ": " + run.instancesTotal()
                + " process instance(s) to suspend in chunks");
    }

    /**
     * Resumes a paused cycle: recorded at once; the instances are activated in chunks (timers that fell due
     * meanwhile fire then), the cycle's own instance last. Its tasks can be completed again as their instance goes on.
     */
    public void resume(long cycleId, long expectedVersion) {
        Cycle cycle = editable(cycleId, expectedVersion);
        if (!cycle.mayBeResumed()) {
            throw new ValidationException(Map.of("status", "Only a paused cycle can be resumed; this one is "
                    + cycle.status().label().toLowerCase() + "." + stillRunning(cycleId)));
        }
        refuseWhileRunning(cycleId, "resumed");
        cycle.resume();
        cycles.flush();
        ControlRun run = command(cycle, Operation.RESUME, 0, 0);
        audit.record("cycle.resumed", "cycle", cycleId, cycle.name() + ": " + run.instancesTotal()
                + " process instance(s) to resume in chunks");
    }

    /**
     * Cancels a cycle (a reason is required): recorded at once, the record stays, cancelled; then, in chunks, every
     * instance of the cycle ends with its tasks and timers, the check-in cadences of its people stop, its open
     * reviews end, and its close requests. A pause or resume still at work is overtaken.
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
                    + " already." + stillRunning(cycleId)));
        }
        // a pause or resume still at work sees the cancelled status at its next turn and stops there
        CyclePhase phase = cycle.phase();
        cycle.cancel(why, currentUser.actorName(), clock.instant());
        cycles.flush();
        int people = phase.ordinal() >= CyclePhase.CHECK_INS.ordinal() ? (int) persons.countPeople(cycleId) : 0;
        ControlRun run = command(cycle, Operation.CANCEL, people, 0);
        audit.record("cycle.cancelled", "cycle", cycleId, cycle.name() + " (" + why + "): " + run.instancesTotal()
                + " process instance(s) to end in chunks" + (people > 0 ? ", cadences of " + people
                        + " people to stop" : ""));
        events.publishEvent(new CycleEnded(cycleId, CycleStatus.CANCELLED, why));
    }

    /** How far the cycle's latest pause, resume or cancel has come; empty when there was none. */
    @Transactional(readOnly = true)
    public Optional<CycleControlProgress> progress(long cycleId) {
        return runs.latest(cycleId).map(CycleControlProgress::of);
    }

    private ControlRun command(Cycle cycle, Operation operation, int people, int doneAlready) {
        ControlRun run = runs.saveAndFlush(new ControlRun(cycle.getId(), operation,
                workflow.countInstances(cycle.getId()), doneAlready, people, currentUser.actorName(),
                clock.instant()));
        workflow.startControl(cycle.getId(), run.getId());
        return run;
    }

    /** A pause during a resume (or the other way round) would fight it: HR waits until it has ended. */
    private void refuseWhileRunning(long cycleId, String wanted) {
        runs.latest(cycleId).filter(ControlRun::isOpen).ifPresent(r -> {
            throw new ValidationException(Map.of("status", "The cycle cannot be " + wanted + " while its last command"
                    + " is still at work (" + CycleControlProgress.of(r).message() + "). Try again when it has"
                    + " ended."));
        });
    }

    private String stillRunning(long cycleId) {
        return runs.latest(cycleId).filter(ControlRun::isOpen).map(r -> " " + CycleControlProgress.of(r).message()
                + ".").orElse("");
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
