package org.ladder.cycles.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.cycles.CyclePersonStatus.Step;

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
 * A person in a cycle: their unit and manager at launch and their personal goals' step. Their
 * {@code cycle-personal-goals} instance is started once (recorded here); versioned like {@link CycleUnit}.
 */
@Entity
@Table(name = "cycle_person")
public class CyclePerson {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_person_seq")
    @SequenceGenerator(name = "cycle_person_seq", sequenceName = "cycle_person_seq", allocationSize = 50)
    private Long id;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "manager_id")
    private Long managerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Step status;
    @Column(name = "goals_due")
    private LocalDate goalsDue;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Escalation escalation;
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at")
    private Instant startedAt;
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "done_at")
    private Instant doneAt;
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "approval_waiting_at")
    private Instant approvalWaitingAt;
    @Version
    private long version;

    protected CyclePerson() {
    }

    public CyclePerson(long cycleId, long personId, long unitId, Long managerId) {
        this.cycleId = cycleId;
        this.personId = personId;
        this.unitId = unitId;
        this.managerId = managerId;
        this.status = Step.WAITING;
        this.escalation = Escalation.NONE;
    }

    /** Their unit is ready: their instance runs and their personal goals are due then. */
    public void started(String processInstanceId, LocalDate goalsDue, Instant at) {
        if (this.processInstanceId != null) {
            throw new IllegalStateException("Person " + personId + " of cycle " + cycleId + " was started already");
        }
        this.processInstanceId = processInstanceId;
        this.goalsDue = goalsDue;
        this.startedAt = at;
        if (status == Step.WAITING) {
            this.status = Step.DRAFTING;
        }
    }

    /** A personal goal of theirs is approved. */
    public boolean done(Instant at) {
        if (status == Step.DONE || status == Step.LEFT) {
            return false;
        }
        this.status = Step.DONE;
        this.doneAt = at;
        return true;
    }

    /** They left during the cycle: their work is closed. */
    public boolean left(Instant at) {
        if (status == Step.LEFT) {
            return false;
        }
        this.status = Step.LEFT;
        this.doneAt = at;
        return true;
    }

    /**
     * A personal goal of theirs was approved while their instance could not take it (the cycle paused): the resume
     * takes it ({@link #approvalTaken}). The first such approval's moment is kept.
     */
    public void approvalWaiting(Instant at) {
        if (approvalWaitingAt == null) {
            approvalWaitingAt = at;
        }
    }

    /** The waiting approval was taken (or found nothing left to do). */
    public void approvalTaken() {
        approvalWaitingAt = null;
    }

    public Instant approvalWaitingAt() {
        return approvalWaitingAt;
    }

    public void escalated(Escalation to) {
        this.escalation = escalation.atLeast(to);
    }

    public boolean needsStart() {
        return processInstanceId == null && status != Step.LEFT;
    }

    public Long getId() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public long personId() {
        return personId;
    }

    public long unitId() {
        return unitId;
    }

    public Long managerId() {
        return managerId;
    }

    public Step status() {
        return status;
    }

    public LocalDate goalsDue() {
        return goalsDue;
    }

    public Escalation escalation() {
        return escalation;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
