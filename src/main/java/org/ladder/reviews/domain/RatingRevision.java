package org.ladder.reviews.domain;

import java.time.Instant;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.reviews.RatingKind;

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

/** A rating changed in calibration: from, to, why, who and when. Never changed or removed. */
@Entity
@Table(name = "review_rating_revision")
public class RatingRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_rating_revision_seq")
    @SequenceGenerator(name = "review_rating_revision_seq", sequenceName = "review_rating_revision_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private RatingKind kind;

    @Column(name = "from_rating", nullable = false, updatable = false)
    private int fromRating;

    @Column(name = "to_rating", nullable = false, updatable = false)
    private int toRating;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "revised_by_id", updatable = false)
    private Long revisedById;

    @Column(name = "revised_by", nullable = false, length = 201, updatable = false)
    private String revisedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revised_at", nullable = false, updatable = false)
    private Instant revisedAt;

    protected RatingRevision() {
    }

    RatingRevision(Long reviewId, RatingKind kind, int fromRating, int toRating, String reason, Long revisedById,
            String revisedBy, Instant revisedAt) {
        this.reviewId = reviewId;
        this.kind = kind;
        this.fromRating = fromRating;
        this.toRating = toRating;
        this.reason = reason;
        this.revisedById = revisedById;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
    }

    public Long id() {
        return id;
    }

    public long reviewId() {
        return reviewId;
    }

    public RatingKind kind() {
        return kind;
    }

    public int fromRating() {
        return fromRating;
    }

    public int toRating() {
        return toRating;
    }

    public String reason() {
        return reason;
    }

    public Long revisedById() {
        return revisedById;
    }

    public String revisedBy() {
        return revisedBy;
    }

    public Instant revisedAt() {
        return revisedAt;
    }
}
