package org.ladder.reviews.domain;

import java.time.Instant;

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
 * A review template: its name and how many versions it has. Versioned for optimistic locking: two HR people saving
 * the same template at once give one result and a conflict for the other.
 */
@Entity
@Table(name = "review_template")
public class ReviewTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_template_seq")
    @SequenceGenerator(name = "review_template_seq", sequenceName = "review_template_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "latest_number", nullable = false)
    private int latestNumber;

    @Column(name = "created_by", nullable = false, length = 201)
    private String createdBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false, length = 201)
    private String changedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected ReviewTemplate() {
    }

    public ReviewTemplate(String name, String by, Instant at) {
        this.name = name;
        this.latestNumber = 0;
        this.createdBy = by;
        this.createdAt = at;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The number of the next version (and records it as the latest). */
    public int nextNumber(String by, Instant at) {
        latestNumber++;
        touched(by, at);
        return latestNumber;
    }

    public void touched(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public void rename(String name) {
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int latestNumber() {
        return latestNumber;
    }

    public long version() {
        return version;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
