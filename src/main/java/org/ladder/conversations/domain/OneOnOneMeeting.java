package org.ladder.conversations.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.ladder.base.persistence.UtcInstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A 1:1 that was held: when, and who recorded it. Immutable. */
@Entity
@Table(name = "one_on_one_meeting")
public class OneOnOneMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_on_one_meeting_seq")
    @SequenceGenerator(name = "one_on_one_meeting_seq", sequenceName = "one_on_one_meeting_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "one_on_one_id", nullable = false)
    private OneOnOne oneOnOne;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OneOnOneMeeting() {
    }

    OneOnOneMeeting(OneOnOne oneOnOne, LocalDate heldOn, long recordedBy, Instant recordedAt) {
        this.oneOnOne = oneOnOne;
        this.heldOn = heldOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public OneOnOne getOneOnOne() {
        return oneOnOne;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
