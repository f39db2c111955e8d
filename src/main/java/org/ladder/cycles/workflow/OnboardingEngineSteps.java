package org.ladder.cycles.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.Role;
import org.ladder.charter.CharterService;
import org.ladder.charter.PublishedCharter;
import org.ladder.cycles.OnboardingCloseReason;
import org.ladder.cycles.OnboardingSettings;
import org.ladder.cycles.OnboardingWorkflow;
import org.ladder.cycles.PersonOnboarded;
import org.ladder.cycles.CycleStatus;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.domain.Onboarding;
import org.ladder.cycles.domain.OnboardingRepository;
import org.ladder.goals.GoalQueries;
import org.ladder.people.PeopleService;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.TaskNudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The onboarding's steps that only the engine takes (ADR 0011, ADR 0029): starting a chunk of onboardings, asking
 * for the charter's acknowledgement, checking for approved first goals, reminding, escalating, recording it done.
 * Each is idempotent for the engine's retries (the row's transitions do nothing twice). They run in the engine's
 * job transaction; no view and no other module can call them.
 */
@Component
@Transactional
class OnboardingEngineSteps {

    private static final Logger log = LoggerFactory.getLogger(OnboardingEngineSteps.class);

    private final OnboardingRepository onboardings;
    private final CycleRepository cycles;
    private final OnboardingSettings settings;
    private final OnboardingWorkflow workflow;
    private final RuntimeService runtime;
    private final PeopleService people;
    private final CharterService charter;
    private final GoalQueries goals;
    private final AcknowledgementCampaigns campaigns;
    private final TaskNudges nudges;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    OnboardingEngineSteps(OnboardingRepository onboardings, CycleRepository cycles, OnboardingSettings settings,
            OnboardingWorkflow workflow,
            RuntimeService runtime, PeopleService people, CharterService charter, GoalQueries goals,
            AcknowledgementCampaigns campaigns, TaskNudges nudges, ApplicationEventPublisher events, AuditLog audit,
            Clock clock) {
        this.onboardings = onboardings;
        this.cycles = cycles;
        this.settings = settings;
        this.workflow = workflow;
        this.runtime = runtime;
        this.people = people;
        this.charter = charter;
        this.goals = goals;
        this.campaigns = campaigns;
        this.nudges = nudges;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one start job did. */
    record Started(int started, int closed, int skipped) {
    }

    /**
     * Starts the instance of every open onboarding among these that has none yet. Idempotent: a second run, or a
     * run after a crash, finds the instances recorded on the rows. Two runs at once: the rows are versioned, the
     * later commit fails and rolls back with the instances it started, and its job is retried.
     */
    Started startChunk(List<Long> onboardingIds) {
        List<Onboarding> rows = onboardings.findAllById(onboardingIds);
        List<Long> toStart = rows.stream().filter(o -> o.getStage().isOpen() && o.getProcessInstanceId() == null)
                .map(Onboarding::getPersonId).toList();
        Map<Long, String> usernames = toStart.isEmpty() ? Map.of() : people.activeUsernames(toStart);
        Instant now = clock.instant();
        // the cycles' rows locked first, in id order (ADR 0038): a pause or cancel that committed before is seen
        // here, one that comes later waits for this transaction and its chunks then find these instances
        Map<Long, CycleStatus> statuses = new java.util.TreeMap<>();
        rows.stream().filter(o -> o.getStage().isOpen() && o.getProcessInstanceId() == null)
                .forEach(o -> statuses.put(o.getCycleId(), null));
        statuses.replaceAll((cycleId, none) -> cycles.lockById(cycleId).map(Cycle::status)
                .orElse(CycleStatus.CANCELLED));
        List<String> toSuspend = new ArrayList<>();
        int started = 0;
        int closed = 0;
        List<Onboarding> changed = new ArrayList<>();
        for (Onboarding row : rows) {
            if (!row.getStage().isOpen() || row.getProcessInstanceId() != null) {
                continue;
            }
            CycleStatus status = statuses.get(row.getCycleId());
            if (status != CycleStatus.RUNNING && status != CycleStatus.PAUSED) {
                continue; // the cycle's end (its cancel's chunks) closes the onboarding
            }
            String username = usernames.get(row.getPersonId());
            if (username == null) {
                row.close(OnboardingCloseReason.LEFT, now); // left before the job ran
                closed++;
            } else {
                Instant due = row.getGoalsDueAt();
                String pi = runtime.startProcessInstanceByKey(OnboardingProcess.KEY,
                        OnboardingProcess.businessKey(row.getId()),
                        OnboardingProcess.start(row.getId(), row.getPersonId(), username,
                                settings.acknowledgementReminderAfter(), settings.goalsRemindAt(due), due,
                                settings.goalsEscalateAt(due)).asMap()).getId();
                row.started(pi);
                if (status == CycleStatus.PAUSED) {
                    toSuspend.add(pi); // it waits with the rest of its cycle, until the resume
                }
                started++;
            }
            changed.add(row);
        }
        onboardings.saveAllAndFlush(changed);
        workflow.suspend(toSuspend);
        return new Started(started, closed, rows.size() - started - closed);
    }

    /**
     * Asks the person to acknowledge the charter in force, in a one-person campaign whose end moves the process on.
     *
     * @return true when nothing is left to acknowledge: acknowledged in an earlier onboarding of this cycle (the
     *         person moved), or no charter is published
     */
    boolean askToAcknowledge(long onboardingId) {
        Onboarding row = row(onboardingId);
        if (!row.getStage().isOpen() || row.getStage() != org.ladder.cycles.OnboardingStage.ACKNOWLEDGING) {
            return true;
        }
        Optional<PublishedCharter> inForce = charter.published();
        if (inForce.isEmpty() || onboardings.acknowledgedInCycle(row.getCycleId(), row.getPersonId())) {
            row.acknowledged(clock.instant());
            return true;
        }
        long campaign = campaigns.startFor(OnboardingProcess.SUBJECT, onboardingId,
                "Charter version " + inForce.get().number() + ": read it and confirm, welcome", "charter",
                List.of(row.getPersonId()));
        row.askedToAcknowledge(campaign);
        return false;
    }

    void remindAcknowledgement(long onboardingId) {
        Onboarding row = row(onboardingId);
        if (row.getStage() == org.ladder.cycles.OnboardingStage.ACKNOWLEDGING
                && row.getAcknowledgementCampaignId() != null) {
            campaigns.remindPending(row.getAcknowledgementCampaignId());
            row.reminded(clock.instant());
        }
    }

    /** The charter is acknowledged (the process got here); whether an aligned first goal is already approved. */
    boolean checkFirstGoals(long onboardingId) {
        Onboarding row = row(onboardingId);
        row.acknowledged(clock.instant());
        return row.getStage().isOpen() && alignedGoalApproved(row);
    }

    /** Reminds the person, unless an aligned goal was approved meanwhile: then that completes the task. */
    void remindFirstGoals(long onboardingId, String processInstanceId) {
        Onboarding row = row(onboardingId);
        if (alignedGoalApproved(row)) {
            workflow.firstGoalsSet(onboardingId);
            return;
        }
        nudges.remind(processInstanceId, OnboardingProcess.TASK_SET_FIRST_GOALS);
        row.reminded(clock.instant());
    }

    /**
     * Offers the task to the person's nearest active manager as well (HR when there is none), unless an aligned
     * goal was approved meanwhile: then that completes the task.
     */
    void escalateFirstGoals(long onboardingId, String processInstanceId) {
        Onboarding row = row(onboardingId);
        if (alignedGoalApproved(row)) {
            workflow.firstGoalsSet(onboardingId);
            return;
        }
        Optional<Long> manager = people.managerChain(row.getPersonId()).stream().filter(people::isActive)
                .findFirst();
        if (manager.isPresent() && nudges.escalate(processInstanceId, OnboardingProcess.TASK_SET_FIRST_GOALS,
                List.of(manager.get())) > 0) {
            row.escalated(Onboarding.EscalatedTo.MANAGER, clock.instant());
        } else {
            nudges.escalateToRole(processInstanceId, OnboardingProcess.TASK_SET_FIRST_GOALS, Role.HR);
            row.escalated(Onboarding.EscalatedTo.HR, clock.instant());
        }
        audit.record("cycle.onboarding-escalated", "person", row.getPersonId(),
                "first goals overdue; offered to " + row.getEscalatedTo());
    }

    /** The first goals are approved: the onboarding is done. */
    void complete(long onboardingId) {
        Onboarding row = row(onboardingId);
        if (row.done(clock.instant())) {
            audit.record("cycle.onboarded", "person", row.getPersonId(),
                    "onboarding " + onboardingId + " of cycle " + row.getCycleId() + " done");
            events.publishEvent(new PersonOnboarded(onboardingId, row.getCycleId(), row.getPersonId(),
                    row.getUnitId()));
        } else {
            log.info("Onboarding {} was no longer open ({}): nothing recorded", onboardingId, row.getStage());
        }
    }

    private boolean alignedGoalApproved(Onboarding row) {
        return goals.hasActiveGoalAlignedToUnit(row.getPersonId(), row.getUnitId());
    }

    private Onboarding row(long onboardingId) {
        return onboardings.findById(onboardingId)
                .orElseThrow(() -> new IllegalStateException("No onboarding " + onboardingId));
    }
}
