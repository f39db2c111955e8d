package org.ladder.cycles;

import org.ladder.charter.CharterPublished;
import org.ladder.goals.GoalApproved;
import org.ladder.reviews.ReviewRoundCompleted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cycle follows what happens elsewhere, after it committed (so a failure here never undoes it): an approved
 * personal goal completes its owner's personal-goals task in their cycle (a paused one when it is resumed,
 * {@link CycleGoalApprovals}); a published charter version lets
 * the cycles waiting for one go on (recorded on them, {@link CycleCharterWaits}); a completed review round ends the cycle's review phase.
 */
@Component
class CycleListeners {

    private final CycleWorkflow workflow;
    private final CycleGoalApprovals approvals;
    private final CycleCharterWaits charterWaits;

    CycleListeners(CycleWorkflow workflow, CycleGoalApprovals approvals, CycleCharterWaits charterWaits) {
        this.charterWaits = charterWaits;
        this.workflow = workflow;
        this.approvals = approvals;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void goalApproved(GoalApproved event) {
        if (event.becameActive() && event.ownerPersonId() != null) {
            approvals.approved(event.ownerPersonId()); // a paused cycle records it for the resume (ADR 0038)
        }
    }

    /** The cycles waiting for a charter version take it, each in a transaction of its own (ADR 0035). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void charterPublished(CharterPublished event) {
        charterWaits.published();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reviewRoundCompleted(ReviewRoundCompleted event) {
        String key = event.roundKey();
        if (key != null && key.matches("cycle-\\d+")) {
            workflow.reviewsDone(Long.parseLong(key.substring("cycle-".length())));
        }
    }
}
