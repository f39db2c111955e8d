package org.ladder.cycles.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.checkins.Frequency;
import org.ladder.cycles.CyclePhase;
import org.ladder.cycles.CycleScope;
import org.ladder.cycles.CycleStatus;
import org.ladder.cycles.PhaseDeadlines;

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
 * One alignment cycle: its period, scope and phase deadlines, where the process has taken it, and who launched,
 * paused or ended it. Its transitions guard themselves; a closed or cancelled cycle is frozen (every change refused).
 */
@Entity
@Table(name = "cycle")
public class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_seq")
    @SequenceGenerator(name = "cycle_seq", sequenceName = "cycle_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(name = "scope_key", nullable = false, length = 40, updatable = false)
    private String scopeKey;
    @Column(name = "scope_unit_id", updatable = false)
    private Long scopeUnitId;
    @Column(name = "define_by", nullable = false)
    private LocalDate defineBy;
    @Column(name = "cascade_by", nullable = false)
    private LocalDate cascadeBy;
    @Column(name = "review_starts_on", nullable = false)
    private LocalDate reviewStartsOn;
    @Column(name = "review_by", nullable = false)
    private LocalDate reviewBy;
    @Column(name = "revise_by", nullable = false)
    private LocalDate reviseBy;
    @Column(name = "close_by", nullable = false)
    private LocalDate closeBy;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Frequency frequency;
    @Column(name = "review_template_id", nullable = false)
    private long reviewTemplateId;
    @Column(name = "gaps_accepted", nullable = false)
    private boolean gapsAccepted;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CycleStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CyclePhase phase;
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;
    @Column(name = "charter_version_id")
    private Long charterVersionId;
    @Column(name = "strategy_decision", length = 12)
    private String strategyDecision;
    @Column(name = "next_charter_version_id")
    private Long nextCharterVersionId;
    @Column(name = "outcome_summary", length = 4000)
    private String outcomeSummary;
    @Column(name = "launched_by", nullable = false, length = 201)
    private String launchedBy;
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "launched_at", nullable = false)
    private Instant launchedAt;
    @Column(name = "paused_by", length = 201)
    private String pausedBy;
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "ended_by", length = 201)
    private String endedBy;
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason", length = 500)
    private String endReason;
    @Version
    private long version;

    protected Cycle() {
    }

    public Cycle(String name, LocalDate periodStart, LocalDate periodEnd, CycleScope scope, PhaseDeadlines deadlines,
            Frequency frequency, long reviewTemplateId, boolean gapsAccepted, Long charterVersionId, String by,
            Instant at) {
        this.name = name;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.scopeKey = scope.key();
        this.scopeUnitId = scope.unitId();
        this.defineBy = deadlines.defineBy();
        this.cascadeBy = deadlines.cascadeBy();
        this.reviewStartsOn = deadlines.reviewStartsOn();
        this.reviewBy = deadlines.reviewBy();
        this.reviseBy = deadlines.reviseBy();
        this.closeBy = deadlines.closeBy();
        this.frequency = frequency;
        this.reviewTemplateId = reviewTemplateId;
        this.gapsAccepted = gapsAccepted;
        this.charterVersionId = charterVersionId;
        this.status = CycleStatus.RUNNING;
        this.phase = CyclePhase.DEFINE;
        this.launchedBy = by;
        this.launchedAt = at;
    }

    /** The process instance driving the cycle was started. */
    public void started(String processInstanceId) {
        requireNotOver();
        this.processInstanceId = processInstanceId;
    }

    /** The process reached the next phase (phases only move forward). */
    public boolean enter(CyclePhase next) {
        requireNotOver();
        if (next.ordinal() <= phase.ordinal()) {
            return false;
        }
        this.phase = next;
        return true;
    }

    public boolean mayBePaused() {
        return status == CycleStatus.RUNNING;
    }

    public boolean mayBeResumed() {
        return status == CycleStatus.PAUSED;
    }

    public boolean mayBeCancelled() {
        return !status.isOver();
    }

    public void pause(String by, Instant at) {
        if (!mayBePaused()) {
            throw new IllegalStateException("Only a running cycle can be paused (cycle " + id + " is " + status + ")");
        }
        this.status = CycleStatus.PAUSED;
        this.pausedBy = by;
        this.pausedAt = at;
    }

    public void resume() {
        if (!mayBeResumed()) {
            throw new IllegalStateException("Only a paused cycle can be resumed (cycle " + id + " is " + status + ")");
        }
        this.status = CycleStatus.RUNNING;
    }

    public void cancel(String reason, String by, Instant at) {
        if (!mayBeCancelled()) {
            throw new IllegalStateException("Cycle " + id + " is already " + status);
        }
        this.status = CycleStatus.CANCELLED;
        this.endReason = reason;
        this.endedBy = by;
        this.endedAt = at;
    }

    /** The charter the cycle works from (confirmed or newly published in the define phase). */
    public void useCharter(long versionId) {
        requireNotOver();
        this.charterVersionId = versionId;
    }

    /** Leadership's revise decision, with the outcomes it was taken on. */
    public void revised(boolean newCharter, String outcomes) {
        requireNotOver();
        this.strategyDecision = newCharter ? "NEW_CHARTER" : "KEPT";
        this.outcomeSummary = outcomes == null ? null
                : outcomes.length() > 4000 ? outcomes.substring(0, 4000) : outcomes;
    }

    /** The charter version leadership published after revising: the next cycle starts from it. */
    public void nextCharter(long versionId) {
        requireNotOver();
        this.nextCharterVersionId = versionId;
    }

    /** The close is done: the record is frozen. */
    public void close(String by, Instant at) {
        requireNotOver();
        this.status = CycleStatus.CLOSED;
        this.phase = CyclePhase.CLOSED;
        this.endedBy = by;
        this.endedAt = at;
    }

    private void requireNotOver() {
        if (status.isOver()) {
            throw new IllegalStateException("Cycle " + id + " is " + status + ": its record is frozen");
        }
    }

    public PhaseDeadlines deadlines() {
        return new PhaseDeadlines(defineBy, cascadeBy, reviewStartsOn, reviewBy, reviseBy, closeBy);
    }

    public CycleScope scope() {
        return new CycleScope(scopeUnitId);
    }

    public Long getId() {
        return id;
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

    public Long scopeUnitId() {
        return scopeUnitId;
    }

    public Frequency frequency() {
        return frequency;
    }

    public long reviewTemplateId() {
        return reviewTemplateId;
    }

    public boolean gapsAccepted() {
        return gapsAccepted;
    }

    public CycleStatus status() {
        return status;
    }

    public CyclePhase phase() {
        return phase;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Long charterVersionId() {
        return charterVersionId;
    }

    public String strategyDecision() {
        return strategyDecision;
    }

    public Long nextCharterVersionId() {
        return nextCharterVersionId;
    }

    public String outcomeSummary() {
        return outcomeSummary;
    }

    public String launchedBy() {
        return launchedBy;
    }

    public Instant launchedAt() {
        return launchedAt;
    }

    public String pausedBy() {
        return pausedBy;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public long version() {
        return version;
    }

    /** The review round's key: one round per cycle. */
    public String roundKey() {
        return "cycle-" + id;
    }
}
