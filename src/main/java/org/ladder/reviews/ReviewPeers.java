package org.ladder.reviews;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.LadderUser;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewPeer;
import org.ladder.reviews.domain.ReviewPeerRepository;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.domain.ReviewStateException;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer input (ADR 0024): the person may propose colleagues while the self review or the naming is open; the manager
 * names up to {@value ReviewLimits#MAX_PEERS} (confirming the proposal, changing it, or none), and each named colleague
 * gets a task to give input or decline. The colleagues' names and input reach the manager chain and HR only, never
 * the person. When the last colleague answered (or none was named) the manager review opens.
 */
@Service
@Transactional
public class ReviewPeers {

    private final ReviewRepository reviews;
    private final ReviewPeerRepository peers;
    private final ReviewRoundRepository rounds;
    private final ReviewTemplateVersionRepository versions;
    private final ReviewAccess access;
    private final PeopleService people;
    private final ReviewWorkflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    ReviewPeers(ReviewRepository reviews, ReviewPeerRepository peers, ReviewRoundRepository rounds,
            ReviewTemplateVersionRepository versions, ReviewAccess access, PeopleService people,
            ReviewWorkflow workflow, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.peers = peers;
        this.rounds = rounds;
        this.versions = versions;
        this.access = access;
        this.people = people;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person proposes colleagues for the manager to confirm (replacing an earlier proposal). */
    public void propose(long reviewId, List<Long> colleagueIds) {
        Review review = review(reviewId);
        access.requireSubject(review);
        if (!review.mayNamePeers() || !template(review).peersAsked()) {
            throw new ReviewRefusedException("Colleagues can be proposed only while peer input is being prepared.");
        }
        List<Long> ids = check(review, colleagueIds);
        List<ReviewPeer> current = peers.findByReviewIdOrderById(reviewId);
        if (current.stream().anyMatch(p -> p.status() != ReviewPeer.Status.PROPOSED)) {
            throw new ReviewRefusedException("Your manager has already named the colleagues.");
        }
        peers.deleteAll(current);
        peers.flush();
        long me = access.me().personId();
        peers.saveAll(ids.stream().map(id -> new ReviewPeer(reviewId, id, me, false)).toList());
        audit.record("review.peers-proposed", "review", reviewId, ids.size() + " colleagues proposed");
    }

    /** The colleagues the person proposed (for the person and the manager). */
    @Transactional(readOnly = true)
    public List<PersonSummary> proposed(long reviewId) {
        Review review = review(reviewId);
        if (access.me().personId() != review.personId() && !access.mayActAsManager(review)) {
            throw new AccessDeniedException("You may not see this review.");
        }
        List<Long> ids = peers.findByReviewIdOrderById(reviewId).stream()
                .filter(p -> p.status() == ReviewPeer.Status.PROPOSED).map(ReviewPeer::peerId).toList();
        return people.placements(ids);
    }

    /**
     * The manager names the colleagues (none: straight to the manager review); each gets an input task.
     *
     * @param expectedVersion the review's version the form read
     */
    public void name(long reviewId, long expectedVersion, List<Long> colleagueIds) {
        Review review = review(reviewId);
        access.requireManager(review);
        if (review.version() != expectedVersion) {
            throw new ConcurrentEditException("Someone else changed this review meanwhile. Reload it.");
        }
        if (review.step() != ReviewStep.PEER_INPUT) {
            throw new ReviewRefusedException("Colleagues are named after the self review, before the manager review.");
        }
        List<Long> ids = check(review, colleagueIds);
        List<ReviewPeer> current = peers.findByReviewIdOrderById(reviewId);
        if (current.stream().anyMatch(p -> p.status() != ReviewPeer.Status.PROPOSED)) {
            throw new ConcurrentEditException("The colleagues were already named. Reload the review.");
        }
        Map<Long, ReviewPeer> proposed = new HashMap<>();
        current.forEach(p -> proposed.put(p.peerId(), p));
        List<ReviewPeer> asked = new ArrayList<>();
        long me = access.me().personId();
        for (long id : ids) {
            ReviewPeer p = proposed.remove(id);
            if (p == null) {
                p = new ReviewPeer(reviewId, id, me, true);
            } else {
                p.ask();
            }
            asked.add(p);
        }
        peers.deleteAll(proposed.values());
        peers.saveAll(asked);
        if (ids.isEmpty()) {
            guard(() -> review.peersDone(ReviewForms.due(template(review), ReviewStep.MANAGER_REVIEW, clock)));
        }
        flush();
        Map<Long, String> usernames = people.activeUsernames(ids);
        complete(() -> workflow.peersNamed(ReviewLaunches.businessKey(review),
                ids.stream().map(usernames::get).toList()));
        audit.record("review.peers-named", "review", reviewId, ids.size() + " colleagues asked");
    }

    /** The caller's open input requests (as a colleague). */
    @Transactional(readOnly = true)
    public List<PeerRequest> myRequests() {
        long me = access.me().personId();
        List<PeerRequest> result = new ArrayList<>();
        for (ReviewPeer p : peers.findByPeerIdAndStatus(me, ReviewPeer.Status.ASKED)) {
            reviews.findById(p.reviewId()).filter(Review::isOpen).ifPresent(r -> result.add(request(r, p)));
        }
        return result;
    }

    /** The caller's input request on this review, as the colleague sees it. */
    @Transactional(readOnly = true)
    public PeerRequest request(long reviewId) {
        Review review = review(reviewId);
        return request(review, mine(review));
    }

    /** The colleague gives their input: once, while the request is open. */
    public void give(long reviewId, String input) {
        Review review = review(reviewId);
        ReviewPeer p = mine(review);
        Map<String, String> errors = new LinkedHashMap<>();
        ReviewRules.text("input", input, ReviewLimits.PEER_INPUT_MAX_LENGTH, true, "Write your input.", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        guard(() -> p.give(input.trim(), clock.instant()));
        answered(review, p, "given");
    }

    /** The colleague declines to give input. */
    public void decline(long reviewId) {
        Review review = review(reviewId);
        ReviewPeer p = mine(review);
        guard(() -> p.decline(clock.instant()));
        answered(review, p, "declined");
    }

    // --- from the engine and the listeners ---------------------------------------------------------------------

    /** The peer input closed at its deadline: open requests lapse, the manager review opens. */
    void lapse(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        peers.findByReviewIdOrderById(reviewId).forEach(p -> p.lapse(clock.instant()));
        if (review.step() == ReviewStep.PEER_INPUT) {
            review.peersDone(ReviewForms.due(template(review), ReviewStep.MANAGER_REVIEW, clock));
        }
        audit.recordAs("engine", "review.peers-lapsed", "review", reviewId, "peer input closed at its deadline");
    }

    /** A colleague left: their open requests lapse and their tasks end. */
    void peerLeft(long personId, String username) {
        for (ReviewPeer p : peers.findByPeerIdAndStatus(personId, ReviewPeer.Status.ASKED)) {
            Review review = reviews.findById(p.reviewId()).orElse(null);
            p.lapse(clock.instant());
            if (review == null || !review.isOpen()) {
                continue;
            }
            afterAnswer(review);
            if (username != null) {
                try {
                    workflow.peerAnswered(ReviewLaunches.businessKey(review), username);
                } catch (TaskAlreadyCompletedException gone) {
                    // the task had already ended
                }
            }
            audit.record("review.peer-left", "review", review.id(), "a colleague asked for input left");
        }
    }

    private void answered(Review review, ReviewPeer p, String what) {
        afterAnswer(review);
        flush();
        String username = people.usernameOf(p.peerId()).orElseThrow();
        complete(() -> workflow.peerAnswered(ReviewLaunches.businessKey(review), username));
        audit.record("review.peer-" + what, "review", review.id(), "input " + what);
    }

    /** When no request of the review is open any more, the manager review opens. */
    private void afterAnswer(Review review) {
        boolean open = peers.findByReviewIdOrderById(review.id()).stream().anyMatch(ReviewPeer::isOpen);
        if (!open && review.step() == ReviewStep.PEER_INPUT) {
            review.peersDone(ReviewForms.due(template(review), ReviewStep.MANAGER_REVIEW, clock));
        }
    }

    private ReviewPeer mine(Review review) {
        LadderUser me = access.me();
        return peers.findByReviewIdAndPeerId(review.id(), me.personId())
                .filter(p -> p.status() != ReviewPeer.Status.PROPOSED)
                .orElseThrow(() -> new AccessDeniedException("You were not asked for input on this review."));
    }

    private PeerRequest request(Review r, ReviewPeer p) {
        String name = people.placements(List.of(r.personId())).stream().findFirst().map(PersonSummary::displayName)
                .orElse("A colleague");
        String round = rounds.findByRoundKey(r.roundKey()).map(x -> x.name()).orElse(r.roundKey());
        return new PeerRequest(r.id(), r.personId(), name, round, p.status().name(), p.input(),
                r.step() == ReviewStep.PEER_INPUT ? r.stepDueAt() : null, p.isOpen() && r.isOpen());
    }

    private List<Long> check(Review review, List<Long> colleagueIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(colleagueIds == null ? List.of() : colleagueIds));
        Map<String, String> errors = new LinkedHashMap<>();
        if (ids.size() > ReviewLimits.MAX_PEERS) {
            errors.put("peers", "Name at most " + ReviewLimits.MAX_PEERS + " colleagues.");
        }
        if (ids.contains(review.personId())) {
            errors.put("peers", "A person does not give peer input on their own review.");
        }
        if (review.managerId() != null && ids.contains(review.managerId())) {
            errors.put("peers", "The manager writes the manager review, not peer input.");
        }
        java.util.Set<Long> below = people.subordinateIds(review.personId());
        ids.stream().filter(below::contains).findFirst().ifPresent(id -> errors.put("peers",
                "Someone who reports to the person cannot give peer input: the person would see their task."));
        Map<Long, String> active = people.activeUsernames(ids);
        Optional<Long> gone = ids.stream().filter(id -> !active.containsKey(id)).findFirst();
        if (gone.isPresent()) {
            errors.put("peers", "Person " + gone.get() + " has left or has no login.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return ids;
    }

    private Review review(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new AccessDeniedException("You may not see this review."));
    }

    private ReviewTemplateVersion template(Review review) {
        return versions.findById(review.templateVersionId()).orElseThrow();
    }

    private void flush() {
        try {
            peers.flush();
            reviews.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Someone else answered or changed this meanwhile. Reload it.");
        }
    }

    private static void guard(Runnable r) {
        try {
            r.run();
        } catch (ReviewStateException | IllegalStateException e) {
            throw new ReviewRefusedException(e.getMessage());
        }
    }

    private static void complete(Runnable r) {
        try {
            r.run();
        } catch (TaskAlreadyCompletedException e) {
            throw new ConcurrentEditException(e.getMessage() + " Reload to see it.");
        }
    }
}
