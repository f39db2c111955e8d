package org.ladder.reviews.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.ladder.base.persistence.UtcInstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A review round: its key, period, scope (a unit subtree or everyone) and the template version it uses. */
@Entity
@Table(name = "review_round")
public class ReviewRound {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_round_seq")
    @SequenceGenerator(name = "review_round_seq", sequenceName = "review_round_seq", allocationSize = 50)
    private Long id;

    @Column(name = "round_key", nullable = false, updatable = false, length = 64)
    private String roundKey;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "template_version_id", nullable = false)
    private long templateVersionId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "started_by", nullable = false, length = 201)
    private String startedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected ReviewRound() {
    }

    public ReviewRound(String roundKey, String name, LocalDate periodStart, LocalDate periodEnd,
            long templateVersionId, Long unitId, String startedBy, Instant startedAt) {
        this.roundKey = roundKey;
        this.name = name;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.templateVersionId = templateVersionId;
        this.unitId = unitId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void cancel(String reason, Instant at) {
        if (cancelledAt != null) {
            throw new IllegalStateException("Round " + roundKey + " is already cancelled");
        }
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    /** Every review of the round is done or ended; true the first time only. */
    public boolean complete(Instant at) {
        if (completedAt != null) {
            return false;
        }
        completedAt = at;
        return true;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long id() {
        return id;
    }

    public String roundKey() {
        return roundKey;
    }

    public String name() {
        return name;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public long templateVersionId() {
        return templateVersionId;
    }

    public Long unitId() {
        return unitId;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
