package org.ladder.conversations.domain;

import java.time.Instant;
import java.util.Objects;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.conversations.FeedbackRequestStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request for feedback from a colleague. Open until exactly one of: the colleague gives feedback
 * ({@link #answer}) or declines ({@link #decline}), the requester withdraws it ({@link #withdraw}), or it expires
 * ({@link #expire}). Each transition guards itself; {@code @Version} makes an answer and a withdrawal at the same
 * moment one winner and one conflict.
 */
@Entity
@Table(name = "feedback_request")
public class FeedbackRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_request_seq")
    @SequenceGenerator(name = "feedback_request_seq", sequenceName = "feedback_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "requester_id", nullable = false)
    private long requesterId;

    @Column(name = "colleague_id", nullable = false)
    private long colleagueId;

    @Column(name = "goal_id")
    private Long goalId;

    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FeedbackRequestStatus status;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Column(name = "feedback_id")
    private Long feedbackId;

    protected FeedbackRequest() {
    }

    public FeedbackRequest(long requesterId, long colleagueId, Long goalId, String note, Instant requestedAt,
            Instant dueAt) {
        if (requesterId == colleagueId) {
            throw new IllegalArgumentException("Nobody asks themselves for feedback");
        }
        this.requesterId = requesterId;
        this.colleagueId = colleagueId;
        this.goalId = goalId;
        this.note = note;
        this.status = FeedbackRequestStatus.OPEN;
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.dueAt = Objects.requireNonNull(dueAt);
    }

    /** The colleague gave {@code feedbackId}. */
    public void answer(long feedbackId, Instant at) {
        close(FeedbackRequestStatus.GIVEN, at);
        this.feedbackId = feedbackId;
    }

    /** The colleague declined (the reason is optional). */
    public void decline(String reason, Instant at) {
        close(FeedbackRequestStatus.DECLINED, at);
        this.declineReason = reason;
    }

    /** The requester no longer wants an answer. */
    public void withdraw(Instant at) {
        close(FeedbackRequestStatus.WITHDRAWN, at);
    }

    /** Long overdue: the request ends without an answer. */
    public void expire(Instant at) {
        close(FeedbackRequestStatus.EXPIRED, at);
    }

    private void close(FeedbackRequestStatus next, Instant at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("This request is no longer open (" + status.label().toLowerCase() + ").");
        }
        this.status = next;
        this.closedAt = Objects.requireNonNull(at);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRequesterId() {
        return requesterId;
    }

    public long getColleagueId() {
        return colleagueId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public String getNote() {
        return note;
    }

    public FeedbackRequestStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }
}
