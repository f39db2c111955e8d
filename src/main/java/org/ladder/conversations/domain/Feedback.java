package org.ladder.conversations.domain;

import java.time.Instant;
import java.util.Objects;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.conversations.FeedbackKind;
import org.ladder.conversations.FeedbackVisibility;

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

/**
 * One piece of feedback, as given; never edited afterwards. Who may read it is asked of the entity
 * ({@link #readableBy}): the receiver only when it is {@link FeedbackVisibility#RECEIVER visible to them}, whatever
 * other role they hold.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    private Long id;

    @Column(name = "giver_id", nullable = false)
    private long giverId;

    @Column(name = "receiver_id", nullable = false)
    private long receiverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FeedbackKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FeedbackVisibility visibility;

    @Column(name = "goal_id")
    private Long goalId;

    @Column(name = "charter_value", length = 100)
    private String charterValue;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "request_id")
    private Long requestId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected Feedback() {
    }

    public Feedback(long giverId, long receiverId, FeedbackKind kind, FeedbackVisibility visibility, Long goalId,
            String charterValue, String body, Long requestId, Instant givenAt) {
        if (giverId == receiverId) {
            throw new IllegalArgumentException("Nobody gives themselves feedback");
        }
        this.giverId = giverId;
        this.receiverId = receiverId;
        this.kind = Objects.requireNonNull(kind);
        this.visibility = Objects.requireNonNull(visibility);
        this.goalId = goalId;
        this.charterValue = charterValue;
        this.body = Objects.requireNonNull(body);
        this.requestId = requestId;
        this.givenAt = Objects.requireNonNull(givenAt);
    }

    /**
     * Whether {@code viewer} may read it: its receiver only when it is visible to them (even when the receiver is in
     * HR); otherwise its giver, HR ({@code hr}) and the receiver's managers ({@code managesReceiver}).
     */
    public boolean readableBy(long viewer, boolean hr, boolean managesReceiver) {
        if (viewer == receiverId) {
            return visibility == FeedbackVisibility.RECEIVER;
        }
        return viewer == giverId || hr || managesReceiver;
    }

    public boolean isPrivate() {
        return visibility == FeedbackVisibility.MANAGERS;
    }

    public Long getId() {
        return id;
    }

    public long getGiverId() {
        return giverId;
    }

    public long getReceiverId() {
        return receiverId;
    }

    public FeedbackKind getKind() {
        return kind;
    }

    public FeedbackVisibility getVisibility() {
        return visibility;
    }

    public Long getGoalId() {
        return goalId;
    }

    public String getCharterValue() {
        return charterValue;
    }

    public String getBody() {
        return body;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
