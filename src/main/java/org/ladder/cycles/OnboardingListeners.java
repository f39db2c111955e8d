package org.ladder.cycles;

import org.ladder.goals.GoalApproved;
import org.ladder.people.PersonAccessChanged;
import org.ladder.people.PersonJoinedUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The onboarding follows what happens elsewhere (ADR 0029). A join, a departure and a cycle's end are handled in
 * their own transaction (the import's or the edit's, the cancel's), so the onboarding row and its start job, or its end, commit with the
 * people change or not at all; an approved goal is looked at after its approval committed, which it never fails.
 */
@Component
class OnboardingListeners {

    private final Onboardings onboardings;
    private final CycleLeavers leavers;

    OnboardingListeners(Onboardings onboardings, CycleLeavers leavers) {
        this.onboardings = onboardings;
        this.leavers = leavers;
    }

    @EventListener
    public void joined(PersonJoinedUnit event) {
        onboardings.joined(event);
    }

    @EventListener
    public void accessChanged(PersonAccessChanged event) {
        if (!event.active()) {
            leavers.left(event.personId());
        }
    }

    /**
     * A cycle closed: its open onboardings close with it, in its transaction. A cancelled cycle's close in the
     * cancel's chunks, with its other instances (ADR 0038).
     */
    @EventListener
    public void cycleEnded(CycleEnded event) {
        if (event.status() != CycleStatus.CANCELLED) {
            onboardings.cycleEnded(event.cycleId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void goalApproved(GoalApproved event) {
        if (event.ownerPersonId() != null) {
            onboardings.goalApproved(event.ownerPersonId());
        }
    }
}
