package org.ladder.checkins.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ladder.goals.Confidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One goal of a check-in: its confidence, blockers, comment, the values given and the progress that resulted. */
@Entity
@Table(name = "check_in_goal")
public class CheckInGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_goal_seq")
    @SequenceGenerator(name = "check_in_goal_seq", sequenceName = "check_in_goal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "goal_id", nullable = false, updatable = false)
    private long goalId;

    @Column(name = "goal_title", nullable = false, length = 200, updatable = false)
    private String goalTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Confidence confidence;

    @Column(nullable = false, updatable = false)
    private double progress;

    @Column(length = 2000, updatable = false)
    private String blockers;

    @Column(length = 2000, updatable = false)
    private String comment;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "check_in_value", joinColumns = @JoinColumn(name = "check_in_goal_id"))
    @MapKeyColumn(name = "key_result_id")
    @Column(name = "value_given", nullable = false, precision = 19, scale = 4)
    private Map<Long, BigDecimal> values = new LinkedHashMap<>();

    protected CheckInGoal() {
    }

    public CheckInGoal(long goalId, String goalTitle, Confidence confidence, double progress, String blockers,
            String comment, Map<Long, BigDecimal> values) {
        this.goalId = goalId;
        this.goalTitle = goalTitle;
        this.confidence = confidence;
        this.progress = progress;
        this.blockers = blockers;
        this.comment = comment;
        this.values.putAll(values);
    }

    public Long getId() {
        return id;
    }

    public long getGoalId() {
        return goalId;
    }

    public String getGoalTitle() {
        return goalTitle;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public double getProgress() {
        return progress;
    }

    public String getBlockers() {
        return blockers;
    }

    public String getComment() {
        return comment;
    }

    /** The value given per key result (by key-result id). */
    public Map<Long, BigDecimal> getValues() {
        return Collections.unmodifiableMap(values);
    }
}
