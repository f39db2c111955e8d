package org.ladder.reviews.domain;

import java.time.Instant;

import org.ladder.base.persistence.UtcInstantConverter;

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
 * The calibration of one round in one calibration unit (ADR 0025): waiting until every manager review of its group
 * is in, then open for the unit's head and HR (one task), then done; or skipped when fewer than 2 people are
 * reviewed in it. The row is locked while a manager review joins it, so that the last of two reviews submitted at
 * once sees the other.
 */
@Entity
@Table(name = "review_calibration")
public class Calibration {

    public enum Status { WAITING, OPEN, DONE, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_calibration_seq")
    @SequenceGenerator(name = "review_calibration_seq", sequenceName = "review_calibration_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_key", nullable = false, updatable = false, length = 64)
    private String roundKey;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "head_id")
    private Long headId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(length = 4000)
    private String notes;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "opened_at")
    private Instant openedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 201)
    private String closedBy;

    protected Calibration() {
    }

    public Calibration(String roundKey, long unitId, Long headId) {
        this.roundKey = roundKey;
        this.unitId = unitId;
        this.headId = headId;
        this.status = Status.WAITING;
    }

    public void open(Long headId, Instant at) {
        requireWaiting();
        this.headId = headId;
        this.status = Status.OPEN;
        this.openedAt = at;
    }

    public void launched(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void skip(Instant at) {
        requireWaiting();
        this.status = Status.SKIPPED;
        this.closedAt = at;
        this.closedBy = "fewer than 2 people under review";
    }

    public void writeNotes(String notes) {
        requireOpen();
        this.notes = notes;
    }

    public void close(String by, Instant at) {
        requireOpen();
        this.status = Status.DONE;
        this.closedAt = at;
        this.closedBy = by;
    }

    public boolean isWaiting() {
        return status == Status.WAITING;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    private void requireWaiting() {
        if (status != Status.WAITING) {
            throw new IllegalStateException("Calibration " + id + " is " + status);
        }
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("Calibration " + id + " is not open (" + status + ")");
        }
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

    public long unitId() {
        return unitId;
    }

    public Long headId() {
        return headId;
    }

    public Status status() {
        return status;
    }

    public String notes() {
        return notes;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
