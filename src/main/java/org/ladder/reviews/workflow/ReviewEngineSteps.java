package org.ladder.reviews.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.base.audit.AuditLog;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.ReviewStep;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewPeer;
import org.ladder.reviews.domain.ReviewPeerRepository;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review steps only the engine takes (ADR 0011): starting a chunk's instances, closing the peer input at its
 * deadline, recording an escalation and finding whom to offer a late step to, asking for the acknowledgement. They
 * run in the engine's job transaction; no view and no other module can call them.
 */
@Component
@Transactional
class ReviewEngineSteps {

    private static final Logger log = LoggerFactory.getLogger(ReviewEngineSteps.class);

    private final ReviewRepository reviews;
    private final ReviewPeerRepository peers;
    private final ReviewRoundRepository rounds;
    private final ReviewTemplateVersionRepository versions;
    private final PeopleService people;
    private final RuntimeService runtime;
    private final AcknowledgementCampaigns campaigns;
    private final AuditLog audit;
    private final Clock clock;

    ReviewEngineSteps(ReviewRepository reviews, ReviewPeerRepository peers, ReviewRoundRepository rounds,
            ReviewTemplateVersionRepository versions, PeopleService people, RuntimeService runtime,
            AcknowledgementCampaigns campaigns, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.peers = peers;
        this.rounds = rounds;
        this.versions = versions;
        this.people = people;
        this.runtime = runtime;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one launch job did. */
    record Started(int started, int skipped, int ended) {
    }

    /**
     * Starts an instance for every review of the chunk that has none. Idempotent: a second run, or a run after a
     * crash, finds the instances recorded on the rows; two runs at once conflict on the rows' versions, and the later
     * one rolls back with the instances it started and is retried.
     */
    Started startChunk(List<Long> reviewIds) {
        List<Review> chunk = reviews.findByIdIn(reviewIds);
        Set<Long> ids = new HashSet<>();
        chunk.stream().filter(Review::needsLaunch).forEach(r -> {
            ids.add(r.personId());
            if (r.managerId() != null) {
                ids.add(r.managerId());
            }
        });
        Map<Long, String> usernames = ids.isEmpty() ? Map.of() : people.activeUsernames(ids);
        Map<Long, ReviewTemplateVersion> templates = new HashMap<>();
        int started = 0;
        int skipped = 0;
        int ended = 0;
        Instant now = clock.instant();
        for (Review r : chunk) {
            if (!r.needsLaunch()) {
                skipped++;
                continue;
            }
            String person = usernames.get(r.personId());
            if (person == null) {
                r.end("left before the review started", now);
                ended++;
                continue;
            }
            String manager = r.managerId() == null ? null : usernames.get(r.managerId());
            ReviewTemplateVersion t = templates.computeIfAbsent(r.templateVersionId(),
                    id -> versions.findById(id).orElseThrow());
            String pi = runtime.startProcessInstanceByKey(ReviewProcess.KEY,
                    ReviewProcess.businessKey(r.roundKey(), r.personId()),
                    ReviewProcess.start(r.id(), person, manager, t.peersAsked(), t.deadlines()).asMap()).getId();
            r.launched(pi);
            started++;
        }
        reviews.saveAllAndFlush(chunk);
        return new Started(started, skipped, ended);
    }

    /** The peer input closed at its deadline: open requests lapse, the manager review opens. */
    void lapsePeerInput(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        int lapsed = 0;
        for (ReviewPeer p : peers.findByReviewIdOrderById(reviewId)) {
            if (p.isOpen() || p.status() == ReviewPeer.Status.PROPOSED) {
                p.lapse(clock.instant());
                lapsed++;
            }
        }
        if (review.step() == ReviewStep.PEER_INPUT) {
            review.peersDone(template(review).dueFrom(clock.instant(), ReviewStep.MANAGER_REVIEW));
        }
        audit.recordAs("engine", "review.peers-lapsed", "review", reviewId, lapsed + " input requests lapsed");
    }

    /**
     * Whom a late step goes to next: for the self review the person's manager, for the manager's steps the manager's
     * own manager (the skip level); empty when there is nobody active (then HR).
     */
    Optional<Long> above(long reviewId, String taskKey) {
        Review review = reviews.findById(reviewId).orElseThrow();
        long of = ReviewProcess.TASK_SELF_REVIEW.equals(taskKey) || review.managerId() == null ? review.personId()
                : review.managerId();
        return people.placements(List.of(of)).stream().findFirst().map(PersonSummary::managerId)
                .filter(people::isActive).filter(id -> id != review.personId());
    }

    /** The step was offered one level up (1: the manager above, 2: HR). */
    void escalated(long reviewId, int level) {
        reviews.findById(reviewId).ifPresent(r -> r.escalated(level));
    }

    /** The shared review's acknowledgement campaign, for the person alone. Idempotent. */
    long askAcknowledgement(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        String round = rounds.findByRoundKey(review.roundKey()).map(r -> r.name()).orElse(review.roundKey());
        return campaigns.startFor(ReviewProcess.ACK_SUBJECT, reviewId, "Your review: " + round, "reviews/" + reviewId,
                List.of(review.personId()));
    }

    /** Reminds the person of the open acknowledgement. */
    void remindAcknowledgement(long reviewId) {
        campaigns.campaignFor(ReviewProcess.ACK_SUBJECT, reviewId).ifPresent(c -> campaigns.remindPending(c.id()));
    }

    /** The business key of a review's instance, for the acknowledgement campaign's messages. */
    String businessKey(long reviewId) {
        return reviews.findById(reviewId).map(r -> ReviewProcess.businessKey(r.roundKey(), r.personId()))
                .orElse("review:unknown:" + reviewId);
    }

    /** The manager of the head of a calibration unit (to escalate a late calibration to). */
    Optional<Long> aboveHead(String headUsername) {
        return Optional.ofNullable(headUsername).flatMap(people::findByUsername).map(PersonSummary::managerId)
                .filter(people::isActive);
    }

    private ReviewTemplateVersion template(Review review) {
        return versions.findById(review.templateVersionId()).orElseThrow();
    }

}
