package org.ladder.charter.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ladder.charter.CharterStatus;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One version of the charter: mission, vision, values and pillars together, with why it changed. */
@Entity
@Table(name = "charter_version")
public class CharterVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "charter_version_seq")
    @SequenceGenerator(name = "charter_version_seq", sequenceName = "charter_version_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CharterStatus status = CharterStatus.DRAFT;

    @Column(nullable = false, length = 2000)
    private String mission;

    @Column(nullable = false, length = 2000)
    private String vision;

    @Column(name = "change_reason", length = 2000)
    private String changeReason;

    @Column(name = "drafted_by", nullable = false)
    private long draftedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "approval_slot")
    private Integer approvalSlot;

    @Column(name = "published_slot")
    private Integer publishedSlot;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "charter_value", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ValueItem> values = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "charter_pillar", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<PillarItem> pillars = new ArrayList<>();

    protected CharterVersion() {
    }

    public CharterVersion(int number, long draftedBy, Instant createdAt) {
        this.number = number;
        this.draftedBy = draftedBy;
        this.createdAt = createdAt;
        this.mission = "";
        this.vision = "";
    }

    public void edit(String mission, String vision, List<ValueItem> values, List<PillarItem> pillars,
            String changeReason) {
        this.mission = mission;
        this.vision = vision;
        this.values.clear();
        this.values.addAll(values);
        this.pillars.clear();
        this.pillars.addAll(pillars);
        this.changeReason = changeReason;
    }

    public void submit(Instant now) {
        status = CharterStatus.IN_APPROVAL;
        approvalSlot = 1;
        submittedAt = now;
    }

    public void returnToDraft() {
        status = CharterStatus.DRAFT;
        approvalSlot = null;
    }

    public void publish(Instant now) {
        status = CharterStatus.PUBLISHED;
        approvalSlot = null;
        publishedSlot = 1;
        publishedAt = now;
    }

    public void supersede(Instant now) {
        status = CharterStatus.SUPERSEDED;
        publishedSlot = null;
        supersededAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getNumber() {
        return number;
    }

    public CharterStatus getStatus() {
        return status;
    }

    public String getMission() {
        return mission;
    }

    public String getVision() {
        return vision;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public long getDraftedBy() {
        return draftedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public List<ValueItem> getValues() {
        return values;
    }

    public List<PillarItem> getPillars() {
        return pillars;
    }
}
