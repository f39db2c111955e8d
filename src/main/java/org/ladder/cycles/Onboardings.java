package org.ladder.cycles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ladder.base.audit.AuditLog;
import org.ladder.cycles.domain.Onboarding;
import org.ladder.cycles.domain.OnboardingRepository;
import org.ladder.goals.GoalQueries;
import org.ladder.people.PersonJoinedUnit;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The onboarding's commands, for its listeners (ADR 0029): a person who joins a unit in a running cycle's scope gets
 * an onboarding row in the transaction of the join (by import or by hand), and the start jobs are queued, one per
 * 200 joiners, just before that transaction commits, so that nothing is half-created: the row, the job and the
 * people change commit together or not at all. A move closes the open onboarding (a new one follows when the new
 * unit is in a running cycle); a leaver's or a cycle's end closes it and stops its instance at once, open task,
 * timers and campaign with it. An approved aligned goal completes the first goals task.
 */
@Component
@Transactional
public class Onboardings {

    private static final Logger log = LoggerFactory.getLogger(Onboardings.class);
    private static final Object QUEUE_KEY = new Object();

    private final OnboardingRepository onboardings;
    private final RunningCycles cycles;
    private final OnboardingSettings settings;
    private final OnboardingWorkflow workflow;
    private final AcknowledgementCampaigns campaigns;
    private final GoalQueries goals;
    private final AuditLog audit;
    private final Clock clock;

    Onboardings(OnboardingRepository onboardings, RunningCycles cycles, OnboardingSettings settings,
            OnboardingWorkflow workflow, AcknowledgementCampaigns campaigns, GoalQueries goals, AuditLog audit,
            Clock clock) {
        this.onboardings = onboardings;
        this.cycles = cycles;
        this.settings = settings;
        this.workflow = workflow;
        this.campaigns = campaigns;
        this.goals = goals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A person joined a unit: onboarding when the unit is in a running cycle. Joining the unit of the open onboarding
     * again changes nothing; another unit closes it as moved first.
     *
     * @return the new onboarding's id, if one was created
     */
    Optional<Long> joined(PersonJoinedUnit event) {
        Optional<Long> cycle = cycles.coveringUnit(event.unitId());
        Optional<Onboarding> open = onboardings.findOpen(event.personId());
        if (open.isPresent()) {
            Onboarding o = open.get();
            if (o.getUnitId() == event.unitId() && cycle.isPresent() && cycle.get() == o.getCycleId()) {
                return Optional.empty();
            }
            close(o, OnboardingCloseReason.MOVED);
            onboardings.flush(); // frees the person's open slot before the new row takes it
        }
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Onboarding row = onboardings.saveAndFlush(new Onboarding(cycle.get(), event.personId(), event.unitId(),
                event.previousUnitId(), now, settings.goalsDueAt(now)));
        audit.record("cycle.onboarding-started", "person", event.personId(), "joined unit " + event.unitId()
                + " during cycle " + cycle.get() + "; first goals due " + row.getGoalsDueAt());
        queueStart(row.getId());
        return Optional.of(row.getId());
    }

    /** A person left: their open onboarding closes, its instance stops. */
    void left(long personId) {
        onboardings.findOpen(personId).ifPresent(o -> close(o, OnboardingCloseReason.LEFT));
    }

    /** A cycle ended or was cancelled: its open onboardings close, their instances stop. */
    int cycleEnded(long cycleId) {
        List<Long> open = onboardings.openIn(cycleId);
        onboardings.findAllById(open).forEach(o -> close(o, OnboardingCloseReason.CYCLE_ENDED));
        return open.size();
    }

    /**
     * A cancel's chunk (ADR 0038): closes the next {@code limit} open onboardings of the cycle, their instances
     * ended (deleted when suspended), their campaigns closed.
     *
     * @return how many it closed (0: none is left)
     */
    public int closeSome(long cycleId, int limit) {
        List<Onboarding> open = onboardings.openAfter(cycleId, 0, org.springframework.data.domain.PageRequest.of(0,
                limit));
        open.forEach(o -> close(o, OnboardingCloseReason.CYCLE_ENDED));
        onboardings.flush();
        return open.size();
    }

    /** What a resume's look at a chunk of open onboardings found. */
    public record LookedAt(int looked, int taken, long lastId) {
    }

    /**
     * A resume's chunk (ADR 0038), every instance of the cycle active again: the next {@code limit} open onboardings
     * after {@code afterId} take what happened while they were suspended and took no message — a charter campaign
     * that ended (acknowledged or closed), an aligned first goal that was approved.
     */
    public LookedAt lookAgain(long cycleId, long afterId, int limit) {
        List<Onboarding> open = onboardings.openAfter(cycleId, afterId,
                org.springframework.data.domain.PageRequest.of(0, limit));
        int taken = 0;
        for (Onboarding o : open) {
            if (o.getStage() == OnboardingStage.ACKNOWLEDGING && o.getAcknowledgementCampaignId() != null) {
                var campaign = campaigns.campaign(o.getAcknowledgementCampaignId());
                if ((campaign.closedAt() != null || campaign.completedAt() != null)
                        && workflow.charterCampaignEnded(o.getId())) {
                    taken++;
                }
            } else if (o.getStage() == OnboardingStage.SETTING_GOALS
                    && goals.hasActiveGoalAlignedToUnit(o.getPersonId(), o.getUnitId())
                    && workflow.firstGoalsSet(o.getId())) {
                taken++;
            }
        }
        return new LookedAt(open.size(), taken, open.isEmpty() ? afterId : open.get(open.size() - 1).getId());
    }

    /** A goal was approved: when it is the person's first aligned goal, their first goals task completes. */
    void goalApproved(long ownerPersonId) {
        onboardings.findOpen(ownerPersonId)
                .filter(o -> o.getStage() == OnboardingStage.SETTING_GOALS)
                .filter(o -> goals.hasActiveGoalAlignedToUnit(o.getPersonId(), o.getUnitId()))
                .ifPresent(o -> {
                    if (workflow.firstGoalsSet(o.getId())) {
                        log.info("Onboarding {}: first goals approved", o.getId());
                    }
                });
    }

    /** Starts the start jobs of onboardings whose start was lost (written, but no job ran); for operators. */
    int startUnstarted() {
        List<Long> ids = onboardings.unstarted(org.springframework.data.domain.PageRequest.of(0, 10_000));
        return ids.isEmpty() ? 0 : workflow.startAll("retry-" + ids.get(0), ids);
    }

    private void close(Onboarding o, OnboardingCloseReason reason) {
        if (!o.close(reason, clock.instant())) {
            return;
        }
        if (o.getAcknowledgementCampaignId() != null) {
            campaigns.closeByProcess(o.getAcknowledgementCampaignId());
        }
        workflow.stop(o.getId());
        audit.record("cycle.onboarding-closed", "person", o.getPersonId(),
                "onboarding " + o.getId() + ": " + reason.label());
    }

    /**
     * Queues the start: one start job per 200 onboardings of this transaction, queued just before it commits (in
     * it), so an import of many joiners starts them in chunks.
     */
    @SuppressWarnings("unchecked")
    private void queueStart(long onboardingId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            workflow.startAll(Long.toString(onboardingId), List.of(onboardingId));
            return;
        }
        List<Long> queued = (List<Long>) TransactionSynchronizationManager.getResource(QUEUE_KEY);
        if (queued == null) {
            List<Long> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(QUEUE_KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(QUEUE_KEY);
                    if (!fresh.isEmpty()) {
                        workflow.startAll(Long.toString(fresh.get(0)), List.copyOf(fresh));
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(QUEUE_KEY);
                }
            });
            queued = fresh;
        }
        queued.add(onboardingId);
    }
}
