package org.ladder.checkins.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ladder.base.persistence.UtcInstantConverter;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person's check-in: every active goal of theirs at once, with a confidence, blockers, a comment and the value
 * given per key result. Kept forever and never changed once submitted (the next check-in corrects it): no setter
 * exists, the only way in is {@link #submitted}.
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_seq")
    @SequenceGenerator(name = "check_in_seq", sequenceName = "check_in_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "manager_id", updatable = false)
    private Long managerId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "check_in_id", nullable = false, updatable = false)
    @OrderColumn(name = "position")
    private List<CheckInGoal> goals = new ArrayList<>();

    protected CheckIn() {
    }

    private CheckIn(long personId, Long managerId, Instant submittedAt, List<CheckInGoal> goals) {
        this.personId = personId;
        this.managerId = managerId;
        this.submittedAt = submittedAt;
        this.goals.addAll(goals);
    }

    /** A submitted check-in of at least one goal. */
    public static CheckIn submitted(long personId, Long managerId, Instant at, List<CheckInGoal> goals) {
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("A check-in covers at least one goal");
        }
        return new CheckIn(personId, managerId, at, goals);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<CheckInGoal> getGoals() {
        return Collections.unmodifiableList(goals);
    }

    /** The goals rated at risk or off track, in the form's order. */
    public List<Long> goalsNeedingAttention() {
        return goals.stream().filter(g -> g.getConfidence().needsAttention()).map(CheckInGoal::getGoalId).toList();
    }
}
