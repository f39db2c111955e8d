package org.ladder.cycles.workflow;

import java.time.Clock;
import java.util.List;

import org.ladder.base.audit.AuditLog;
import org.ladder.checkins.CheckInCadences;
import org.ladder.cycles.CycleControlChunks;
import org.ladder.cycles.CycleGoalApprovals;
import org.ladder.cycles.Onboardings;
import org.ladder.cycles.CyclePhase;
import org.ladder.cycles.CycleStatus;
import org.ladder.cycles.domain.ControlRun;
import org.ladder.cycles.domain.ControlRun.Operation;
import org.ladder.cycles.domain.ControlRun.Stage;
import org.ladder.cycles.domain.ControlRunRepository;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.reviews.ReviewRounds;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One turn of HR's pause, resume or cancel ({@code cycle-control}, ADR 0034), in the engine job's transaction: the
 * next chunk of the cycle's instances is suspended, activated or deleted; a cancel then stops the cadences of the
 * next chunk of the cycle's people, then ends the next chunk of its reviews, then its close requests. What is left
 * is always read afresh (the engine's instances in that state, the people after the cursor, the open reviews), so
 * a turn that runs again after a crash repeats nothing, and instances a launch chunk started meanwhile are found.
 */
@Component
@Transactional
class CycleControlSteps {

    private final ControlRunRepository runs;
    private final CycleRepository cycles;
    private final CyclePersonRepository persons;
    private final EngineCycleWorkflow workflow;
    private final CheckInCadences cadences;
    private final ObjectProvider<ReviewRounds> reviews;
    private final AcknowledgementCampaigns campaigns;
    private final CycleControlChunks chunks;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<org.ladder.cycles.CycleCharterWaits> charterWaits;
    private final ObjectProvider<CycleGoalApprovals> approvals;
    private final ObjectProvider<Onboardings> onboardings;
    private final ObjectProvider<CycleEngineSteps> engineSteps;

    CycleControlSteps(ControlRunRepository runs, CycleRepository cycles, CyclePersonRepository persons,
            EngineCycleWorkflow workflow, CheckInCadences cadences, ObjectProvider<ReviewRounds> reviews,
            AcknowledgementCampaigns campaigns, CycleControlChunks chunks, AuditLog audit, Clock clock,
            ObjectProvider<org.ladder.cycles.CycleCharterWaits> charterWaits,
            ObjectProvider<CycleGoalApprovals> approvals, ObjectProvider<Onboardings> onboardings,
            ObjectProvider<CycleEngineSteps> engineSteps) {
        this.engineSteps = engineSteps;
        this.charterWaits = charterWaits;
        this.approvals = approvals;
        this.onboardings = onboardings;
        this.runs = runs;
        this.cycles = cycles;
        this.persons = persons;
        this.workflow = workflow;
        this.cadences = cadences;
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.chunks = chunks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Works off the next chunk of the command; false when it has ended (done, or superseded by a later one). */
    boolean workChunk(long cycleId, long controlId) {
        ControlRun run = runs.findById(controlId).orElse(null);
        if (run == null || !run.isOpen()) {
            return false;
        }
        Cycle cycle = cycles.findById(cycleId).orElseThrow(() -> new IllegalStateException("No cycle " + cycleId));
        if (!stillWanted(run, cycle)) {
            run.supersede(clock.instant());
            return false;
        }
        int size = chunks.size();
        switch (run.stage()) {
            case INSTANCES -> instances(run, cycle, size);
            case APPROVALS -> approvals(run, cycle, size);
            case ONBOARDINGS -> onboardings(run, cycle, size);
            case CADENCES -> cadences(run, cycle, size);
            case REVIEWS -> reviews(run, cycle, size);
            case DONE -> {
            }
        }
        runs.saveAndFlush(run);
        return run.isOpen();
    }

    /** A pause or resume goes on while the cycle is still paused or running (a cancel took over otherwise). */
    private boolean stillWanted(ControlRun run, Cycle cycle) {
        return switch (run.operation()) {
            case PAUSE -> cycle.status() == CycleStatus.PAUSED;
            case RESUME -> cycle.status() == CycleStatus.RUNNING;
            case CANCEL -> cycle.status() == CycleStatus.CANCELLED;
        };
    }

    private void instances(ControlRun run, Cycle cycle, int size) {
        List<String> ids = workflow.nextInstances(cycle.getId(), run.operation(), size);
        if (ids.isEmpty()) {
            switch (run.operation()) {
                case PAUSE -> finish(run, cycle);
                case RESUME -> run.enter(Stage.APPROVALS, clock.instant());
                case CANCEL -> run.enter(Stage.ONBOARDINGS, clock.instant());
            }
            return;
        }
        switch (run.operation()) {
            case PAUSE -> workflow.suspendInstances(ids);
            case RESUME -> workflow.activateInstances(ids);
            case CANCEL -> workflow.deleteInstances(ids, "Cycle cancelled: " + cycle.endReason());
        }
        run.instancesDone(ids.size());
    }

    /**
     * A resume, every instance active again (ADR 0038): the goal approvals recorded while paused are taken, then the
     * open onboardings look again at what they could not take while suspended.
     */
    private void approvals(ControlRun run, Cycle cycle, int size) {
        int taken = approvals.getObject().takeWaiting(cycle.getId(), size);
        if (taken > 0) {
            run.approvalsDone(taken);
            return;
        }
        Onboardings.LookedAt looked = onboardings.getObject().lookAgain(cycle.getId(), run.onboardingCursor(), size);
        if (looked.looked() > 0) {
            run.onboardingsLookedAt(looked.taken(), looked.lastId());
            return;
        }
        finish(run, cycle);
    }

    /** A cancel, every instance ended: the open onboardings close (their campaigns with them), then the cadences. */
    private void onboardings(ControlRun run, Cycle cycle, int size) {
        int closed = onboardings.getObject().closeSome(cycle.getId(), size);
        if (closed > 0) {
            run.onboardingsDone(closed);
            return;
        }
        run.enter(cycle.phase().ordinal() >= CyclePhase.CHECK_INS.ordinal() ? Stage.CADENCES : Stage.REVIEWS,
                clock.instant());
    }

    private void cadences(ControlRun run, Cycle cycle, int size) {
        List<Long> people = persons.personIdsAfter(cycle.getId(), run.personCursor(), PageRequest.of(0, size));
        if (people.isEmpty()) {
            run.enter(Stage.REVIEWS, clock.instant());
            return;
        }
        cadences.stopFor(people, "Cycle “" + cycle.name() + "” cancelled", "cycle", cycle.getId());
        run.cadencesDone(people.size(), people.get(people.size() - 1));
    }

    private void reviews(ControlRun run, Cycle cycle, int size) {
        ReviewRounds rounds = reviews.getIfAvailable();
        int ended = cycle.phase().ordinal() >= CyclePhase.REVIEW.ordinal() && rounds != null
                ? rounds.cancelSome(cycle.roundKey(), "Cycle “" + cycle.name() + "” cancelled: " + cycle.endReason(),
                        size)
                : 0;
        if (ended > 0) {
            run.reviewsDone(ended);
            return;
        }
        campaigns.campaignFor(CycleEngineSteps.CLOSE_SUBJECT, cycle.getId())
                .filter(c -> c.closedAt() == null && c.completedAt() == null)
                .ifPresent(c -> campaigns.closeByProcess(c.id()));
        finish(run, cycle);
    }

    private void finish(ControlRun run, Cycle cycle) {
        run.enter(Stage.DONE, clock.instant());
        String what = switch (run.operation()) {
            case PAUSE -> run.instancesDone() + " process instance(s) suspended";
            case RESUME -> run.instancesDone() + " process instance(s) resumed, " + run.approvalsDone()
                    + " approval(s) and acknowledgement(s) made while paused taken";
            case CANCEL -> run.instancesDone() + " process instance(s) ended, " + run.onboardingsDone()
                    + " onboarding(s) closed, cadences of " + run.cadencesDone()
                    + " people stopped, " + run.reviewsDone() + " review(s) ended";
        };
        audit.recordAs("Alignment cycle “" + cycle.name() + "”", "cycle.control-done", "cycle", cycle.getId(),
                run.operation().doing() + " done in " + run.chunks() + " job(s): " + what);
        if (run.operation() == Operation.RESUME) {
            // every instance is active again: a charter published while the cycle was paused is taken now (ADR 0035)
            charterWaits.getObject().arrived(cycle.getId());
            // and what the cycle's own instance could not take while suspended (ADR 0038): the cascade done by a
            // leaver who was the last, the review round completed meanwhile (its reviews are not the cycle's)
            if (cycle.phase() == CyclePhase.CASCADE) {
                engineSteps.getObject().checkCascadeDone(cycle.getId());
            } else if (cycle.phase() == CyclePhase.REVIEW) {
                ReviewRounds rounds = reviews.getIfAvailable();
                if (rounds != null && rounds.progress(cycle.roundKey()).complete()) {
                    workflow.reviewsDone(cycle.getId());
                }
            }
        }
    }
}
