package org.ladder.conversations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

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

/**
 * The 1:1 of one manager and one report (the pair). A report's new manager gets a new 1:1; the old one stays,
 * read-only. Holding it ({@link #hold}) records a meeting: what was discussed, done and noted belongs to that meeting,
 * undiscussed topics and open action items are carried over to the next one.
 */
@Entity
@Table(name = "one_on_one")
public class OneOnOne {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_on_one_seq")
    @SequenceGenerator(name = "one_on_one_seq", sequenceName = "one_on_one_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "manager_id", nullable = false)
    private long managerId;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_held_on")
    private LocalDate lastHeldOn;

    protected OneOnOne() {
    }

    public OneOnOne(long managerId, long reportId, Instant startedAt) {
        if (managerId == reportId) {
            throw new IllegalArgumentException("Nobody holds a 1:1 with themselves");
        }
        this.managerId = managerId;
        this.reportId = reportId;
        this.startedAt = startedAt;
    }

    /** Whether the person is one of the two (the manager or the report). */
    public boolean isBetween(long personId) {
        return personId == managerId || personId == reportId;
    }

    /**
     * Records a meeting held on {@code heldOn}: the discussed topics, the done action items and the notes written
     * so far become the meeting's; undiscussed topics and open action items stay on for the next one. Items of
     * another 1:1 or already held are left alone.
     */
    public OneOnOneMeeting hold(LocalDate heldOn, long recordedBy, Instant at, Collection<AgendaTopic> topics,
            Collection<ActionItem> actions, Collection<OneOnOneNote> notes) {
        if (!isBetween(recordedBy)) {
            throw new IllegalArgumentException("Only the manager or the report records a 1:1");
        }
        OneOnOneMeeting meeting = new OneOnOneMeeting(this, heldOn, recordedBy, at);
        topics.stream().filter(t -> t.belongsTo(this)).forEach(t -> t.closeInto(meeting));
        actions.stream().filter(a -> a.belongsTo(this)).forEach(a -> a.closeInto(meeting));
        notes.stream().filter(n -> n.belongsTo(this)).forEach(n -> n.closeInto(meeting));
        if (lastHeldOn == null || heldOn.isAfter(lastHeldOn)) {
            lastHeldOn = heldOn;
        }
        return meeting;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getManagerId() {
        return managerId;
    }

    public long getReportId() {
        return reportId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public LocalDate getLastHeldOn() {
        return lastHeldOn;
    }
}
