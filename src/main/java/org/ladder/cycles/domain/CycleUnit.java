package org.ladder.cycles.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.checkins.Frequency;
import org.ladder.cycles.CycleUnitStatus.UnitStep;
import org.ladder.cycles.RuleApplied;

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
 * A unit in a cycle: its place in the scope, its head at launch, the rule that set its defaults, and its cascade
 * step. Its {@code unit-cascade} instance is started once (recorded here), so a repeated launch job starts nothing
 * twice; versioned, so two jobs racing for one unit cannot both start one.
 */
@Entity
@Table(name = "cycle_unit")
public class CycleUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_unit_seq")
    @SequenceGenerator(name = "cycle_unit_seq", sequenceName = "cycle_unit_seq", allocationSize = 50)
    private Long id;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;
    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    @Column(name = "parent_unit_id", updatable = false)
    private Long parentUnitId;
    @Column(name = "unit_level", nullable = false, updatable = false)
    private int level;
    @Column(name = "head_id")
    private Long headId;
    @Column(nullable = false)
    private int members;
    @Column(name = "rule_row", nullable = false)
    private int ruleRow;
    @Column(name = "rule_label", nullable = false, length = 200)
    private String ruleLabel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Frequency frequency;
    @Column(name = "unit_goals_days", nullable = false)
    private int unitGoalsDays;
    @Column(name = "personal_goals_days", nullable = false)
    private int personalGoalsDays;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private UnitStep status;
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
    @Column(name = "ready_at")
    private Instant readyAt;
    @Version
    private long version;

    protected CycleUnit() {
    }

    public CycleUnit(long cycleId, long unitId, Long parentUnitId, int level, Long headId, int members,
            RuleApplied rule) {
        this.cycleId = cycleId;
        this.unitId = unitId;
        this.parentUnitId = parentUnitId;
        this.level = level;
        this.headId = headId;
        this.members = members;
        this.ruleRow = rule.row();
        this.ruleLabel = rule.label();
        this.frequency = rule.frequency();
        this.unitGoalsDays = rule.unitGoalsDays();
        this.personalGoalsDays = rule.personalGoalsDays();
        this.status = UnitStep.WAITING;
        this.escalation = Escalation.NONE;
    }

    /** The unit's turn came (the level above is ready): its instance runs, its goals are due then. */
    public void started(String processInstanceId, LocalDate goalsDue, Instant at) {
        if (this.processInstanceId != null) {
            throw new IllegalStateException("Unit " + unitId + " of cycle " + cycleId + " was started already");
        }
        this.processInstanceId = processInstanceId;
        this.goalsDue = goalsDue;
        this.startedAt = at;
        this.status = UnitStep.SETTING;
    }

    /** The unit's goals are set (or it has no head and goes on without): its people and sub-units start. */
    public boolean ready(Instant at) {
        if (status == UnitStep.READY) {
            return false;
        }
        this.status = UnitStep.READY;
        this.readyAt = at;
        return true;
    }

    public void escalated(Escalation to) {
        this.escalation = escalation.atLeast(to);
    }

    public boolean needsStart() {
        return processInstanceId == null;
    }

    public RuleApplied rule() {
        return new RuleApplied(ruleRow, ruleLabel, frequency, unitGoalsDays, personalGoalsDays);
    }

    public Long getId() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public long unitId() {
        return unitId;
    }

    public Long parentUnitId() {
        return parentUnitId;
    }

    public int level() {
        return level;
    }

    public Long headId() {
        return headId;
    }

    public int members() {
        return members;
    }

    public Frequency frequency() {
        return frequency;
    }

    public UnitStep status() {
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

    public Instant readyAt() {
        return readyAt;
    }

    public int personalGoalsDays() {
        return personalGoalsDays;
    }

    public int unitGoalsDays() {
        return unitGoalsDays;
    }
}
