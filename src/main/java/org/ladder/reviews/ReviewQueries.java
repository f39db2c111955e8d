package org.ladder.reviews;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ladder.base.security.LadderUser;
import org.ladder.goals.GoalRef;
import org.ladder.goals.PersonGoals;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.domain.RatingRevisionRepository;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewAnswer;
import org.ladder.reviews.domain.ReviewPeer;
import org.ladder.reviews.domain.ReviewPeerRepository;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewRound;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.ladder.reviews.workflow.ReviewProcess;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading reviews with the caller's rights (ADR 0024): one review whole ({@link #review}), the person's own
 * reviews ({@link #myReviews}), the self review form ({@link #selfReviewForm}), a manager's team board (who is at
 * which step, late ones first), and the review behind an open task.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

    /** The most rows one board page lists. */
    public static final int MAX_PAGE = 200;

    private final ReviewRepository reviews;
    private final ReviewRoundRepository rounds;
    private final ReviewTemplateVersionRepository versions;
    private final ReviewPeerRepository peers;
    private final RatingRevisionRepository revisions;
    private final ReviewAccess access;
    private final ReviewOverview overview;
    private final PersonGoals goals;
    private final PeopleService people;
    private final ReviewWorkflow workflow;
    private final Clock clock;

    ReviewQueries(ReviewRepository reviews, ReviewRoundRepository rounds, ReviewTemplateVersionRepository versions,
            ReviewPeerRepository peers, RatingRevisionRepository revisions, ReviewAccess access,
            ReviewOverview overview, PersonGoals goals, PeopleService people, ReviewWorkflow workflow, Clock clock) {
        this.reviews = reviews;
        this.rounds = rounds;
        this.versions = versions;
        this.peers = peers;
        this.revisions = revisions;
        this.access = access;
        this.overview = overview;
        this.goals = goals;
        this.people = people;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The review as the caller may read it (the person only once shared). */
    public ReviewDetails review(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(
                () -> new AccessDeniedException("You may not see this review."));
        ReviewAccess.Relation relation = access.requireRead(review);
        return details(review, relation);
    }

    /** The caller's reviews, newest first: current ones with their step, shared ones with both ratings. */
    public List<MyReview> myReviews() {
        LadderUser me = access.me();
        List<Review> mine = reviews.findByPersonIdOrderByStartedAtDesc(me.personId());
        Map<String, ReviewRound> byKey = new HashMap<>();
        Map<Long, ReviewTemplateVersion> templates = new HashMap<>();
        List<MyReview> result = new ArrayList<>();
        for (Review r : mine) {
            ReviewRound round = byKey.computeIfAbsent(r.roundKey(), k -> rounds.findByRoundKey(k).orElseThrow());
            ReviewTemplateVersion t = templates.computeIfAbsent(r.templateVersionId(),
                    id -> versions.findById(id).orElseThrow());
            boolean shared = r.isShared();
            result.add(new MyReview(r.id(), r.version(), r.roundKey(), round.name(), round.periodStart(),
                    round.periodEnd(), r.step(), r.stepDueAt(), r.maySelfReview(), r.sharedAt(),
                    shared ? t.performanceScale().label(r.performanceRating()) : null,
                    shared ? t.alignmentScale().label(r.alignmentRating()) : null, r.acknowledgedAt(),
                    r.mayAcknowledge()));
        }
        return result;
    }

    /** The person's own self review form (only the person). */
    public SelfReviewForm selfReviewForm(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(
                () -> new AccessDeniedException("You may not see this review."));
        access.requireSubject(review);
        ReviewRound round = rounds.findByRoundKey(review.roundKey()).orElseThrow();
        ReviewTemplateVersion t = versions.findById(review.templateVersionId()).orElseThrow();
        return new SelfReviewForm(review.id(), review.version(), round.name(), t.draft(),
                goals.of(review.personId()), ReviewRules.fromEntity(review.answers(ReviewAnswer.Author.SELF)),
                review.learnings(), review.maySelfReview(), review.stepDueAt());
    }

    /** The person's goals that a review answers per goal (as the caller may see them). */
    public List<GoalRef> goalsOf(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(
                () -> new AccessDeniedException("You may not see this review."));
        if (access.relation(review) == ReviewAccess.Relation.NONE) {
            throw new AccessDeniedException("You may not see this review.");
        }
        return goals.of(review.personId());
    }

    /** The review of an open review task (for its task form), if the caller may see it. */
    public Optional<Long> reviewOfTask(String taskId) {
        return workflow.taskOf(taskId).flatMap(t -> ReviewProcess.parse(t.getKey()))
                .flatMap(k -> reviews.findByRoundKeyAndPersonId(k.getKey(), k.getValue())).map(Review::id);
    }

    /** The rounds the caller's team board can show: those with reviews of people below the caller, newest first. */
    public List<ReviewRoundSummary> teamRounds() {
        LadderUser me = access.me();
        Set<Long> team = people.subordinateIds(me.personId());
        if (team.isEmpty()) {
            return List.of();
        }
        List<ReviewRoundSummary> result = new ArrayList<>();
        for (ReviewRound r : rounds.findAllByOrderByStartedAtDesc()) {
            long n = countIn(r.roundKey(), team);
            if (n > 0) {
                result.add(new ReviewRoundSummary(r.roundKey(), r.name(), r.periodStart(), r.periodEnd(), r.unitId(),
                        null, r.startedBy(), r.startedAt(), r.cancelledAt(), n));
            }
        }
        return result;
    }

    /** The caller's team board: the reviews of everyone below them in the round, late ones first. */
    public List<ReviewRow> teamBoard(String roundKey, int offset, int limit) {
        LadderUser me = access.me();
        List<Long> team = List.copyOf(people.subordinateIds(me.personId()));
        if (team.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        if (team.size() <= 1000) {
            return overview.rows(reviews.board(roundKey, team, clock.instant(),
                    PageRequest.of(Math.max(0, offset) / size, size)));
        }
        // a very large organisation below the caller: the board in memory over chunks of 1,000 people
        List<Review> all = new ArrayList<>();
        for (int from = 0; from < team.size(); from += 1000) {
            all.addAll(reviews.board(roundKey, team.subList(from, Math.min(team.size(), from + 1000)),
                    clock.instant(), PageRequest.of(0, offset + size)));
        }
        Instant now = clock.instant();
        all.sort(java.util.Comparator.comparing((Review r) -> r.isLate(now) ? 0 : 1)
                .thenComparing(r -> r.stepDueAt() == null ? Instant.MAX : r.stepDueAt()).thenComparing(Review::id));
        return overview.rows(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + size)));
    }

    public long countTeamBoard(String roundKey) {
        LadderUser me = access.me();
        return countIn(roundKey, people.subordinateIds(me.personId()));
    }

    private long countIn(String roundKey, Set<Long> team) {
        List<Long> ids = List.copyOf(team);
        long n = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            n += reviews.countBoard(roundKey, ids.subList(from, Math.min(ids.size(), from + 1000)));
        }
        return n;
    }

    private ReviewDetails details(Review r, ReviewAccess.Relation relation) {
        ReviewRound round = rounds.findByRoundKey(r.roundKey()).orElseThrow();
        ReviewTemplateVersion t = versions.findById(r.templateVersionId()).orElseThrow();
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = new ArrayList<>(List.of(r.personId()));
        if (r.managerId() != null) {
            ids.add(r.managerId());
        }
        boolean subject = relation == ReviewAccess.Relation.SUBJECT;
        List<ReviewPeer> asked = subject ? List.of() : peers.findByReviewIdOrderById(r.id());
        asked.forEach(p -> ids.add(p.peerId()));
        people.placements(ids).forEach((PersonSummary p) -> names.put(p.id(), p.displayName()));
        List<ReviewDetails.RevisionView> revs = subject ? List.of()
                : revisions.findByReviewIdOrderByRevisedAtAscIdAsc(r.id()).stream()
                        .map(v -> new ReviewDetails.RevisionView(v.kind(), v.fromRating(), v.toRating(), v.reason(),
                                v.revisedBy(), v.revisedAt())).toList();
        List<ReviewDetails.PeerView> peerViews = asked.stream().map(p -> new ReviewDetails.PeerView(p.peerId(),
                names.getOrDefault(p.peerId(), "Person " + p.peerId()), p.status().name(), p.input())).toList();
        boolean manager = relation != ReviewAccess.Relation.SUBJECT && access.mayActAsManager(r);
        ReviewActions actions = new ReviewActions(subject && r.maySelfReview(),
                manager && r.maySelfReview() && r.escalationLevel() >= 1, subject && r.mayNamePeers(),
                manager && r.step() == ReviewStep.PEER_INPUT, manager && r.mayManagerReview(),
                manager && r.step() == ReviewStep.MANAGER_REVIEW, manager && r.mayShare(),
                subject && r.mayAcknowledge());
        return new ReviewDetails(r.id(), r.version(), r.roundKey(), round.name(), round.periodStart(),
                round.periodEnd(), r.personId(), names.get(r.personId()), r.managerId(),
                r.managerId() == null ? null : names.get(r.managerId()), r.step(), r.stepDueAt(),
                r.isLate(clock.instant()), t.number(), t.draft(),
                ReviewRules.fromEntity(r.answers(ReviewAnswer.Author.SELF)), r.learnings(), r.selfSkipped(),
                r.selfSubmittedAt(), ReviewRules.fromEntity(r.answers(ReviewAnswer.Author.MANAGER)),
                new ReviewDetails.Rating(r.performanceRating(), t.performanceScale().label(r.performanceRating()),
                        r.performanceJustification()),
                new ReviewDetails.Rating(r.alignmentRating(), t.alignmentScale().label(r.alignmentRating()),
                        r.alignmentJustification()),
                r.calibrated(), revs, peerViews, r.sharedAt(), r.acknowledgedAt(), r.response(), actions);
    }
}
