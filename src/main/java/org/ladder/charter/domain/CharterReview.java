package org.ladder.charter.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An approver's decision on a version, with their comment. Kept when a draft is returned and revised. */
@Entity
@Table(name = "charter_review")
public class CharterReview {

    public enum Decision {
        APPROVED, RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "charter_review_seq")
    @SequenceGenerator(name = "charter_review_seq", sequenceName = "charter_review_seq", allocationSize = 50)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @Column(length = 2000)
    private String comment;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CharterReview() {
    }

    public CharterReview(long versionId, long reviewerId, Decision decision, String comment, Instant decidedAt) {
        this.versionId = versionId;
        this.reviewerId = reviewerId;
        this.decision = decision;
        this.comment = comment;
        this.decidedAt = decidedAt;
    }

    public long getVersionId() {
        return versionId;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
