package org.ladder.checkins.domain;

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

/** A period of a person's cadence that ended without a check-in (immutable; one per person and period). */
@Entity
@Table(name = "missed_check_in")
public class MissedCheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "missed_check_in_seq")
    @SequenceGenerator(name = "missed_check_in_seq", sequenceName = "missed_check_in_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MissedCheckIn() {
    }

    public MissedCheckIn(long personId, LocalDate periodStart, Instant dueAt, Instant recordedAt) {
        this.personId = personId;
        this.periodStart = periodStart;
        this.dueAt = dueAt;
        this.recordedAt = recordedAt;
    }

    public long personId() {
        return personId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
