package org.ladder.reviews.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.reviews.RatingKind;
import org.ladder.reviews.ReviewStep;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's review in one round, on the template version it started with. Its steps are methods that guard
 * themselves: self review ({@link #saveSelf}, {@link #submitSelf}, {@link #skipSelf}), peer input
 * ({@link #peersDone}), manager review ({@link #saveManager}, {@link #submitManager}), calibration
 * ({@link #revise}, {@link #calibrated}), sharing ({@link #share}) and acknowledgement ({@link #acknowledge});
 * {@link #end} ends an open review (the person left, the round was cancelled). Nothing changes once shared but the
 * person's acknowledgement and response: a shared review is never reopened. Versioned: two people completing the
 * same step at once give one result and a conflict for the other.
 */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_key", nullable = false, updatable = false, length = 64)
    private String roundKey;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(name = "calibration_unit_id", updatable = false)
    private Long calibrationUnitId;

    @Column(name = "manager_id", updatable = false)
    private Long managerId;

    @Column(name = "template_version_id", nullable = false, updatable = false)
    private long templateVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStep step;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "step_due_at")
    private Instant stepDueAt;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "self_submitted_at")
    private Instant selfSubmittedAt;

    @Column(name = "self_skipped", nullable = false)
    private boolean selfSkipped;

    @Column(length = 2000)
    private String learnings;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "manager_submitted_at")
    private Instant managerSubmittedAt;

    @Column(name = "manager_submitted_by", length = 201)
    private String managerSubmittedBy;

    @Column(name = "performance_rating")
    private Integer performanceRating;

    @Column(name = "performance_justification", length = 2000)
    private String performanceJustification;

    @Column(name = "alignment_rating")
    private Integer alignmentRating;

    @Column(name = "alignment_justification", length = 2000)
    private String alignmentJustification;

    @Column(nullable = false)
    private boolean calibrated;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "shared_by", length = 201)
    private String sharedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(length = 2000)
    private String response;

    @Column(name = "started_by", nullable = false, length = 201, updatable = false)
    private String startedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 200)
    private String endReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "review_answer", joinColumns = @JoinColumn(name = "review_id"))
    private List<ReviewAnswer> answers = new ArrayList<>();

    protected Review() {
    }

    public Review(String roundKey, long personId, Long unitId, Long calibrationUnitId, Long managerId,
            long templateVersionId, String startedBy, Instant startedAt, Instant selfDueAt) {
        this.roundKey = Objects.requireNonNull(roundKey);
        this.personId = personId;
        this.unitId = unitId;
        this.calibrationUnitId = calibrationUnitId;
        this.managerId = managerId;
        this.templateVersionId = templateVersionId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.step = ReviewStep.SELF_REVIEW;
        this.stepDueAt = selfDueAt;
    }

    // --- the engine ------------------------------------------------------------------------------------------

    /** Its process instance was started (by a launch job). */
    public void launched(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public boolean needsLaunch() {
        return processInstanceId == null && isOpen();
    }

    /** A late step was offered one level further up (1: the skip-level manager, 2: HR). */
    public void escalated(int level) {
        this.escalationLevel = Math.max(escalationLevel, level);
    }

    // --- self review -----------------------------------------------------------------------------------------

    public boolean maySelfReview() {
        return step == ReviewStep.SELF_REVIEW;
    }

    public void saveSelf(List<ReviewAnswer> selfAnswers, String learnings) {
        require(maySelfReview(), "The self review is already submitted.");
        replace(ReviewAnswer.Author.SELF, selfAnswers);
        this.learnings = learnings;
    }

    /** Submits the self review; the review moves on to peer input (when peers are asked) or the manager review. */
    public void submitSelf(List<ReviewAnswer> selfAnswers, String learnings, Instant at, boolean peersAsked,
            Instant nextDueAt) {
        saveSelf(selfAnswers, learnings);
        this.selfSubmittedAt = at;
        next(peersAsked ? ReviewStep.PEER_INPUT : ReviewStep.MANAGER_REVIEW, nextDueAt);
    }

    /** The manager moves on without a self review (it was late and escalated). */
    public void skipSelf(Instant at, boolean peersAsked, Instant nextDueAt) {
        require(maySelfReview(), "The self review is already submitted.");
        this.selfSkipped = true;
        this.selfSubmittedAt = at;
        next(peersAsked ? ReviewStep.PEER_INPUT : ReviewStep.MANAGER_REVIEW, nextDueAt);
    }

    // --- peers -----------------------------------------------------------------------------------------------

    public boolean mayNamePeers() {
        return step == ReviewStep.SELF_REVIEW || step == ReviewStep.PEER_INPUT;
    }

    /** Every peer answered, declined or lapsed (or none was named): the manager review follows. */
    public void peersDone(Instant nextDueAt) {
        require(step == ReviewStep.PEER_INPUT, "Peer input is not open.");
        next(ReviewStep.MANAGER_REVIEW, nextDueAt);
    }

    // --- manager review --------------------------------------------------------------------------------------

    public boolean mayManagerReview() {
        return step == ReviewStep.PEER_INPUT || step == ReviewStep.MANAGER_REVIEW;
    }

    public void saveManager(List<ReviewAnswer> managerAnswers, Integer performance, String performanceWhy,
            Integer alignment, String alignmentWhy) {
        require(mayManagerReview(), step.ordinal() > ReviewStep.MANAGER_REVIEW.ordinal()
                ? "The manager review is already submitted." : "The manager review opens after the self review.");
        replace(ReviewAnswer.Author.MANAGER, managerAnswers);
        this.performanceRating = performance;
        this.performanceJustification = performanceWhy;
        this.alignmentRating = alignment;
        this.alignmentJustification = alignmentWhy;
    }

    /** Submits the manager review with both ratings; calibration follows, or sharing when there is none. */
    public void submitManager(List<ReviewAnswer> managerAnswers, int performance, String performanceWhy,
            int alignment, String alignmentWhy, String by, Instant at, boolean toCalibration, Instant nextDueAt) {
        require(step == ReviewStep.MANAGER_REVIEW, step == ReviewStep.PEER_INPUT
                ? "Peer input is still open." : "The manager review is already submitted.");
        saveManager(managerAnswers, performance, performanceWhy, alignment, alignmentWhy);
        this.managerSubmittedAt = at;
        this.managerSubmittedBy = by;
        next(toCalibration ? ReviewStep.CALIBRATION : ReviewStep.SHARING, nextDueAt);
    }

    // --- calibration -----------------------------------------------------------------------------------------

    /** A calibrator changes a rating with a reason; returns the revision to keep (null when nothing changed). */
    public RatingRevision revise(RatingKind kind, int to, String reason, Long byId, String by, Instant at) {
        require(step == ReviewStep.CALIBRATION, "Ratings change only in calibration.");
        int from = rating(kind);
        if (from == to) {
            return null;
        }
        if (kind == RatingKind.PERFORMANCE) {
            performanceRating = to;
        } else {
            alignmentRating = to;
        }
        return new RatingRevision(id, kind, from, to, reason, byId, by, at);
    }

    /** Calibration of its group is done (or skipped): the manager shares it next. */
    public void calibrated(boolean inCalibration, Instant nextDueAt) {
        require(step == ReviewStep.CALIBRATION, "The review is not in calibration.");
        this.calibrated = inCalibration;
        next(ReviewStep.SHARING, nextDueAt);
    }

    // --- sharing and acknowledgement -------------------------------------------------------------------------

    public boolean mayShare() {
        return step == ReviewStep.SHARING;
    }

    public void share(String by, Instant at, Instant ackDueAt) {
        require(sharedAt == null, "The review is already shared; a shared review is not reopened.");
        require(mayShare(), "The review can be shared once the manager review is in and calibrated.");
        this.sharedAt = at;
        this.sharedBy = by;
        next(ReviewStep.ACKNOWLEDGEMENT, ackDueAt);
    }

    /** Any change after sharing is refused: a shared review is never reopened. */
    public void refuseReopen() {
        require(sharedAt == null, "The review is shared; a shared review cannot be reopened.");
    }

    public boolean mayAcknowledge() {
        return step == ReviewStep.ACKNOWLEDGEMENT;
    }

    public void acknowledge(String response, Instant at) {
        require(mayAcknowledge(), acknowledgedAt != null ? "You have already acknowledged this review."
                : "The review is not shared with you yet.");
        this.acknowledgedAt = at;
        this.response = response;
        next(ReviewStep.DONE, null);
    }

    /** The acknowledgements were closed without this one (HR closed them): the review is done unacknowledged. */
    public void acknowledgementClosed() {
        if (step == ReviewStep.ACKNOWLEDGEMENT) {
            next(ReviewStep.DONE, null);
        }
    }

    // --- ending ------------------------------------------------------------------------------------------------

    public boolean isOpen() {
        return step != ReviewStep.DONE && step != ReviewStep.ENDED;
    }

    /** Ends an open review: the person left, the round was cancelled. False when it was already over. */
    public boolean end(String reason, Instant at) {
        if (!isOpen()) {
            return false;
        }
        this.endReason = reason;
        this.endedAt = at;
        next(ReviewStep.ENDED, null);
        return true;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private void next(ReviewStep to, Instant dueAt) {
        this.step = to;
        this.stepDueAt = dueAt;
        this.escalationLevel = 0;
    }

    private void replace(ReviewAnswer.Author author, List<ReviewAnswer> replacement) {
        answers.removeIf(a -> a.author() == author);
        for (ReviewAnswer a : replacement) {
            if (a.author() != author) {
                throw new IllegalArgumentException("An answer by " + a.author() + " among the " + author + " answers");
            }
            answers.add(a);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ReviewStateException(message);
        }
    }

    public int rating(RatingKind kind) {
        Integer r = kind == RatingKind.PERFORMANCE ? performanceRating : alignmentRating;
        if (r == null) {
            throw new ReviewStateException("The manager review has no " + kind.label().toLowerCase() + " rating yet.");
        }
        return r;
    }

    public boolean isLate(Instant now) {
        return isOpen() && stepDueAt != null && stepDueAt.isBefore(now);
    }

    public List<ReviewAnswer> answers(ReviewAnswer.Author author) {
        return answers.stream().filter(a -> a.author() == author).toList();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String roundKey() {
        return roundKey;
    }

    public long personId() {
        return personId;
    }

    public Long unitId() {
        return unitId;
    }

    public Long calibrationUnitId() {
        return calibrationUnitId;
    }

    public Long managerId() {
        return managerId;
    }

    public long templateVersionId() {
        return templateVersionId;
    }

    public ReviewStep step() {
        return step;
    }

    public Instant stepDueAt() {
        return stepDueAt;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Instant selfSubmittedAt() {
        return selfSubmittedAt;
    }

    public boolean selfSkipped() {
        return selfSkipped;
    }

    public String learnings() {
        return learnings;
    }

    public Instant managerSubmittedAt() {
        return managerSubmittedAt;
    }

    public Integer performanceRating() {
        return performanceRating;
    }

    public String performanceJustification() {
        return performanceJustification;
    }

    public Integer alignmentRating() {
        return alignmentRating;
    }

    public String alignmentJustification() {
        return alignmentJustification;
    }

    public boolean calibrated() {
        return calibrated;
    }

    public Instant sharedAt() {
        return sharedAt;
    }

    public boolean isShared() {
        return sharedAt != null;
    }

    public String sharedBy() {
        return sharedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String response() {
        return response;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }
}
