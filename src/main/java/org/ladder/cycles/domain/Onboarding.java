package org.ladder.cycles.domain;

import java.time.Instant;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.cycles.OnboardingCloseReason;
import org.ladder.cycles.OnboardingStage;

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
 * The onboarding of one person who joined a unit during a running cycle (V24, ADR 0029): acknowledge the charter,
 * then set first personal goals aligned to the unit's goals by {@link #getGoalsDueAt()}. Its transitions guard
 * themselves and are idempotent for the engine's retries: a step that already happened does nothing. While open,
 * {@code open_person_id} holds the person's id, so there is at most one open onboarding per person.
 */
@Entity
@Table(name = "cycle_onboarding")
public class Onboarding {

    /** Whether the person was reminded or their manager (or HR) was asked to step in, as the page shows it. */
    public enum EscalatedTo { MANAGER, HR }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_onboarding_seq")
    @SequenceGenerator(name = "cycle_onboarding_seq", sequenceName = "cycle_onboarding_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "previous_unit_id", updatable = false)
    private Long previousUnitId;

    @Column(name = "open_person_id")
    private Long openPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OnboardingStage stage;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "acknowledgement_campaign_id")
    private Long acknowledgementCampaignId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "goals_due_at", nullable = false, updatable = false)
    private Instant goalsDueAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalated_to", length = 10)
    private EscalatedTo escalatedTo;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "done_at")
    private Instant doneAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 16)
    private OnboardingCloseReason closeReason;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected Onboarding() {
    }

    public Onboarding(long cycleId, long personId, long unitId, Long previousUnitId, Instant joinedAt,
            Instant goalsDueAt) {
        if (goalsDueAt.isBefore(joinedAt)) {
            throw new IllegalArgumentException("The first goals cannot be due before the person joined");
        }
        this.cycleId = cycleId;
        this.personId = personId;
        this.unitId = unitId;
        this.previousUnitId = previousUnitId;
        this.openPersonId = personId;
        this.stage = OnboardingStage.ACKNOWLEDGING;
        this.joinedAt = joinedAt;
        this.goalsDueAt = goalsDueAt;
    }

    /** The start job recorded the instance it started; false when one was recorded already. */
    public boolean started(String processInstanceId) {
        if (this.processInstanceId != null) {
            return false;
        }
        this.processInstanceId = processInstanceId;
        return true;
    }

    /** The person was asked to acknowledge the charter in this one-person campaign. */
    public void askedToAcknowledge(long campaignId) {
        if (stage == OnboardingStage.ACKNOWLEDGING && acknowledgementCampaignId == null) {
            acknowledgementCampaignId = campaignId;
        }
    }

    /** The charter is acknowledged (or nothing was left to acknowledge): the first goals are next. */
    public boolean acknowledged(Instant now) {
        if (stage != OnboardingStage.ACKNOWLEDGING) {
            return false;
        }
        acknowledgedAt = now;
        stage = OnboardingStage.SETTING_GOALS;
        return true;
    }

    public void reminded(Instant now) {
        if (stage.isOpen()) {
            remindedAt = now;
        }
    }

    public void escalated(EscalatedTo to, Instant now) {
        if (stage == OnboardingStage.SETTING_GOALS) {
            escalatedAt = now;
            escalatedTo = to;
        }
    }

    /** The first goals are approved: the onboarding is done. */
    public boolean done(Instant now) {
        if (!stage.isOpen()) {
            return false;
        }
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        stage = OnboardingStage.DONE;
        doneAt = now;
        openPersonId = null;
        return true;
    }

    /** Ends an open onboarding without its goals; false when it had already ended. */
    public boolean close(OnboardingCloseReason reason, Instant now) {
        if (!stage.isOpen()) {
            return false;
        }
        stage = OnboardingStage.CLOSED;
        closeReason = reason;
        closedAt = now;
        openPersonId = null;
        return true;
    }

    public boolean isOverdue(Instant now) {
        return stage.isOpen() && now.isAfter(goalsDueAt);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCycleId() {
        return cycleId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getPreviousUnitId() {
        return previousUnitId;
    }

    public OnboardingStage getStage() {
        return stage;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Long getAcknowledgementCampaignId() {
        return acknowledgementCampaignId;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getGoalsDueAt() {
        return goalsDueAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public EscalatedTo getEscalatedTo() {
        return escalatedTo;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public OnboardingCloseReason getCloseReason() {
        return closeReason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
