package org.ladder.reviews;

import org.ladder.people.PersonAccessChanged;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.tasks.AcknowledgementCampaignClosed;
import org.ladder.tasks.AcknowledgementCampaignCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reviews follow what happens elsewhere: a person who left has their open reviews and input requests ended, after
 * the deactivation committed (as the check-in cadence does); a closed acknowledgement campaign of a review ends it
 * unacknowledged, in the close's transaction. A joiner is not added: HR adds them to a round by hand.
 */
@Component
class ReviewListeners {

    private final ReviewLifecycle lifecycle;

    ReviewListeners(ReviewLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void accessChanged(PersonAccessChanged event) {
        if (!event.active()) {
            lifecycle.personLeft(event.personId(), event.username());
        }
    }

    @EventListener
    public void campaignCompleted(AcknowledgementCampaignCompleted event) {
        if (ReviewProcess.ACK_SUBJECT.equals(event.subjectType())) {
            lifecycle.acknowledgedElsewhere(event.subjectId());
        }
    }

    @EventListener
    public void campaignClosed(AcknowledgementCampaignClosed event) {
        if (ReviewProcess.ACK_SUBJECT.equals(event.subjectType())) {
            lifecycle.acknowledgementClosed(event.subjectId());
        }
    }
}
