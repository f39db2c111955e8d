package org.ladder.goals.domain;

import java.math.BigDecimal;

import org.ladder.goals.KeyResultType;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A measurable result of a goal; part of the goal (saved and versioned with it). */
@Entity
@Table(name = "key_result")
public class KeyResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_result_seq")
    @SequenceGenerator(name = "key_result_seq", sequenceName = "key_result_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private KeyResultType type;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "current_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal current;

    @Column(length = 20)
    private String unit;

    @Column(nullable = false)
    private int weight;

    protected KeyResult() {
    }

    public KeyResult(String name, KeyResultType type, BigDecimal baseline, BigDecimal target, BigDecimal current,
            String unit, int weight) {
        set(name, type, baseline, target, current, unit, weight);
    }

    public final void set(String name, KeyResultType type, BigDecimal baseline, BigDecimal target,
            BigDecimal current, String unit, int weight) {
        this.name = name;
        this.type = type;
        this.baseline = baseline;
        this.target = target;
        this.current = current;
        this.unit = unit;
        this.weight = weight;
    }

    public double progress() {
        return Progress.ofKeyResult(type, baseline, target, current);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public KeyResultType getType() {
        return type;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getCurrent() {
        return current;
    }

    public void setCurrent(BigDecimal current) {
        this.current = current;
    }

    public String getUnit() {
        return unit;
    }

    public int getWeight() {
        return weight;
    }
}
