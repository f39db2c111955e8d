package org.ladder.checkins.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.checkins.Frequency;

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
 * A person's current check-in cadence (one row per person, kept across stops and restarts): how often, until when,
 * the person's fixed offset, and the running process instance once a launch job has started it. The cadence process
 * reads it at the end of every period, so a change takes effect from the next period. Versioned: two launch jobs
 * that race for one person cannot both start an instance.
 */
@Entity
@Table(name = "check_in_cadence")
public class CheckInCadence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_cadence_seq")
    @SequenceGenerator(name = "check_in_cadence_seq", sequenceName = "check_in_cadence_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Frequency frequency;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "offset_minutes", nullable = false)
    private int offsetMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CadenceStatus status;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "started_by", nullable = false, length = 201)
    private String startedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "changed_by", length = 201)
    private String changedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "stopped_by", length = 201)
    private String stoppedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "stop_reason", length = 12)
    private StopReason stopReason;

    @Version
    private long version;

    protected CheckInCadence() {
    }

    public CheckInCadence(long personId, Frequency frequency, LocalDate endsOn, int offsetMinutes, String by,
            Instant at) {
        this.personId = personId;
        this.offsetMinutes = offsetMinutes;
        start(frequency, endsOn, by, at);
    }

    /** (Re)starts: active again with this frequency and end, waiting for a launch job to start its instance. */
    public final void start(Frequency frequency, LocalDate endsOn, String by, Instant at) {
        if (isActive()) {
            throw new IllegalStateException("The cadence of person " + personId + " is already running");
        }
        this.frequency = frequency;
        this.endsOn = endsOn;
        this.status = CadenceStatus.ACTIVE;
        this.processInstanceId = null;
        this.startedBy = by;
        this.startedAt = at;
        this.changedBy = null;
        this.changedAt = null;
        this.stoppedBy = null;
        this.stoppedAt = null;
        this.stopReason = null;
    }

    /** A new frequency or end, from the next period on; false when nothing changes. */
    public boolean change(Frequency frequency, LocalDate endsOn, String by, Instant at) {
        if (!isActive()) {
            throw new IllegalStateException("The cadence of person " + personId + " is not running");
        }
        if (this.frequency == frequency && this.endsOn.equals(endsOn)) {
            return false;
        }
        this.frequency = frequency;
        this.endsOn = endsOn;
        this.changedBy = by;
        this.changedAt = at;
        return true;
    }

    /** Stopped; the instance (if one runs) still has to be told: see {@link #processInstanceId()}. */
    public void stop(StopReason reason, String by, Instant at) {
        if (!isActive()) {
            throw new IllegalStateException("The cadence of person " + personId + " is not running");
        }
        this.status = CadenceStatus.STOPPED;
        this.stopReason = reason;
        this.stoppedBy = by;
        this.stoppedAt = at;
    }

    /** The process reached the cadence's end date. */
    public void end() {
        if (isActive()) {
            this.status = CadenceStatus.ENDED;
            this.processInstanceId = null;
        }
    }

    /** A launch job started the instance. */
    public void launched(String processInstanceId) {
        if (!needsLaunch()) {
            throw new IllegalStateException("The cadence of person " + personId + " needs no launch");
        }
        this.processInstanceId = processInstanceId;
    }

    /** The stopped cadence's instance was told to stop. */
    public void detached() {
        if (isActive()) {
            throw new IllegalStateException("A running cadence keeps its instance");
        }
        this.processInstanceId = null;
    }

    public boolean isActive() {
        return status == CadenceStatus.ACTIVE;
    }

    /** Active, but no instance started yet. */
    public boolean needsLaunch() {
        return isActive() && processInstanceId == null;
    }

    /** Stopped, but its instance still runs. */
    public boolean needsStopping() {
        return status == CadenceStatus.STOPPED && processInstanceId != null;
    }

    public Long getId() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public Frequency frequency() {
        return frequency;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int offsetMinutes() {
        return offsetMinutes;
    }

    public CadenceStatus status() {
        return status;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public StopReason stopReason() {
        return stopReason;
    }

    public String stoppedBy() {
        return stoppedBy;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public long version() {
        return version;
    }
}
