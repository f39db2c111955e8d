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

/**
 * A person's answer to the alignment pulse ("I see how my work contributes to our goals", 1–5, one optional line)
 * for a calendar month: a second answer in the same month replaces the first ({@link #replace}). {@code unitId} is
 * the person's unit when answering. Only ever read as aggregates of at least five answers.
 */
@Entity
@Table(name = "pulse_answer")
public class PulseAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pulse_answer_seq")
    @SequenceGenerator(name = "pulse_answer_seq", sequenceName = "pulse_answer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(nullable = false)
    private int score;

    @Column(length = 280)
    private String comment;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected PulseAnswer() {
    }

    public PulseAnswer(long personId, long unitId, LocalDate month, int score, String comment, Instant answeredAt) {
        this.personId = personId;
        this.periodStart = month.withDayOfMonth(1);
        replace(unitId, score, comment, answeredAt);
    }

    /** The person answered again in the same month: this answer is the month's. */
    public final void replace(long unitId, int score, String comment, Instant answeredAt) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A pulse score is 1 to 5, not " + score);
        }
        this.unitId = unitId;
        this.score = score;
        this.comment = comment;
        this.answeredAt = answeredAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
