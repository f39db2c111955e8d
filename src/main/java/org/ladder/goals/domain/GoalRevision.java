package org.ladder.goals.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.ladder.base.persistence.UtcInstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One change of a goal: who, when, what (one line per change), why; immutable. */
@Entity
@Table(name = "goal_revision")
public class GoalRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goal_revision_seq")
    @SequenceGenerator(name = "goal_revision_seq", sequenceName = "goal_revision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Column(nullable = false)
    private int number;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 201)
    private String actorName;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 4000)
    private String changes;

    @Column(length = 1000)
    private String reason;

    @Column(nullable = false)
    private boolean material;

    protected GoalRevision() {
    }

    public GoalRevision(long goalId, int number, Long actorId, String actorName, Instant changedAt, String kind,
            List<String> changes, String reason, boolean material) {
        this.goalId = goalId;
        this.number = number;
        this.actorId = actorId;
        this.actorName = actorName;
        this.changedAt = changedAt;
        this.kind = kind;
        String text = String.join("\n", changes);
        this.changes = text.length() > 4000 ? text.substring(0, 3997) + "..." : text;
        this.reason = reason;
        this.material = material;
    }

    public Long getId() {
        return id;
    }

    public long getGoalId() {
        return goalId;
    }

    public int getNumber() {
        return number;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getKind() {
        return kind;
    }

    public List<String> getChanges() {
        return changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n"));
    }

    public String getReason() {
        return reason;
    }

    public boolean isMaterial() {
        return material;
    }
}
