package org.ladder.reviews;

import java.time.Clock;
import java.util.List;

import org.ladder.base.audit.AuditLog;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to reviews when people leave or campaigns close (from {@link ReviewListeners}): a leaver's open
 * reviews end with their tasks and timers, their calibration group settles without them, and their open input
 * requests on colleagues' reviews lapse; a closed acknowledgement campaign ends the review unacknowledged.
 */
@Component
@Transactional
class ReviewLifecycle {

    private final ReviewRepository reviews;
    private final ReviewPeers peers;
    private final CalibrationGroups groups;
    private final RoundCompletion completion;
    private final ReviewWorkflow workflow;
    private final AcknowledgementCampaigns campaigns;
    private final AuditLog audit;
    private final Clock clock;

    ReviewLifecycle(ReviewRepository reviews, ReviewPeers peers, CalibrationGroups groups, RoundCompletion completion, ReviewWorkflow workflow,
            AcknowledgementCampaigns campaigns, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.peers = peers;
        this.groups = groups;
        this.completion = completion;
        this.workflow = workflow;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    void personLeft(long personId, String username) {
        for (Review review : reviews.findByPersonIdAndStepNotIn(personId, List.of(ReviewStep.DONE, ReviewStep.ENDED))) {
            boolean acknowledging = review.step() == ReviewStep.ACKNOWLEDGEMENT;
            review.end("the person left", clock.instant());
            reviews.flush();
            workflow.end(ReviewLaunches.businessKey(review));
            if (acknowledging) {
                campaigns.campaignFor(ReviewProcess.ACK_SUBJECT, review.id())
                        .ifPresent(c -> campaigns.closeByProcess(c.id()));
            }
            audit.record("review.ended", "review", review.id(), "the person left");
            groups.settle(review.roundKey(), review.calibrationUnitId());
            completion.check(review.roundKey());
        }
        peers.peerLeft(personId, username);
    }

    /** The person acknowledged through the acknowledgements page instead of the review: done, no response. */
    void acknowledgedElsewhere(long reviewId) {
        reviews.findById(reviewId).ifPresent(r -> {
            if (r.mayAcknowledge()) {
                r.acknowledge(null, clock.instant());
                audit.record("review.acknowledged", "review", reviewId, "on the acknowledgements page, no response");
                completion.check(r.roundKey());
            }
        });
    }

    void acknowledgementClosed(long reviewId) {
        reviews.findById(reviewId).ifPresent(r -> {
            if (r.mayAcknowledge()) {
                r.acknowledgementClosed();
                audit.record("review.acknowledgement-closed", "review", reviewId, "closed without acknowledgement");
                completion.check(r.roundKey());
            }
        });
    }
}
