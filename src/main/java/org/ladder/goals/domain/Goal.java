package org.ladder.goals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.DynamicUpdate;
import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.Visibility;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A goal. {@code path} ("/12/45/") and {@code depth} follow the parent chain; {@code progress} and
 * {@code childCount} are kept up to date by {@code GoalStore} (roll-up and tree counts), without bumping the
 * version — they are derived, not edited.
 */
@Entity
@Table(name = "goal")
@DynamicUpdate
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goal_seq")
    @SequenceGenerator(name = "goal_seq", sequenceName = "goal_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GoalLevel level;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "owner_unit_id")
    private Long ownerUnitId;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(nullable = false, length = 1000, updatable = false)
    private String path = "/";

    @Column(nullable = false, updatable = false)
    private int depth;

    @Column(length = 100)
    private String pillar;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GoalStatus status = GoalStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ApprovalState approval = ApprovalState.NONE;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility = Visibility.PUBLIC;

    @Column(nullable = false, updatable = false, insertable = true)
    private double progress;

    @Column(name = "progress_from_children", nullable = false)
    private boolean progressFromChildren = true;

    @Column(name = "child_count", nullable = false, updatable = false)
    private int childCount;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "orphan_since")
    private Instant orphanSince;

    @Column(length = 1000)
    private String justification;

    /** The confidence of the owner's latest check-in (null before the first). */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Confidence confidence;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_check_in_at")
    private Instant lastCheckInAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id", nullable = false)
    @OrderColumn(name = "position")
    private List<KeyResult> keyResults = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "goal_contribution", joinColumns = @JoinColumn(name = "goal_id"))
    @Column(name = "contributes_to")
    private Set<Long> contributesTo = new LinkedHashSet<>();

    protected Goal() {
    }

    public Goal(GoalLevel level, long createdBy, Instant now) {
        this.level = level;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Where the goal sits, in memory: parent, id path, depth. The store writes them (a move rewrites the paths of
     * the whole subtree in one statement), so JPA only inserts them.
     */
    public void placeAt(Long parentId, String path, int depth) {
        this.parentId = parentId;
        this.path = path;
        this.depth = depth;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public GoalLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwner(Long unitId, Long personId) {
        this.ownerUnitId = unitId;
        this.ownerPersonId = personId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public String getPillar() {
        return pillar;
    }

    public void setPillar(String pillar) {
        this.pillar = pillar;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriod(LocalDate start, LocalDate end) {
        this.periodStart = start;
        this.periodEnd = end;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public ApprovalState getApproval() {
        return approval;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public double getProgress() {
        return progress;
    }

    /** In memory (and for the first insert); saved goals change progress through the store's roll-up. */
    public void setProgressValue(double progress) {
        this.progress = progress;
    }

    public boolean isProgressFromChildren() {
        return progressFromChildren;
    }

    public void setProgressFromChildren(boolean progressFromChildren) {
        this.progressFromChildren = progressFromChildren;
    }

    public int getChildCount() {
        return childCount;
    }

    public Instant getOrphanSince() {
        return orphanSince;
    }

    public String getJustification() {
        return justification;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public Instant getLastCheckInAt() {
        return lastCheckInAt;
    }

    /** The owner checked in on it: its confidence and last check-in date are those of this check-in. */
    public void checkedIn(Confidence rated, Instant at) {
        require(status == GoalStatus.ACTIVE && rated != null, "take a check-in");
        this.confidence = rated;
        this.lastCheckInAt = at;
        touch(at);
    }

    public List<KeyResult> getKeyResults() {
        return keyResults;
    }

    public Set<Long> getContributesTo() {
        return contributesTo;
    }

    // --- the status × approval state machine: status and approval change only through these -------------------

    /** Waiting for the approver's decision (a personal draft, or an active goal's material change). */
    public boolean awaitsApproval() {
        return approval == ApprovalState.PENDING;
    }

    /** Returned by the approver with a comment; the owner revises and resubmits (or withdraws a draft). */
    public boolean isReturned() {
        return approval == ApprovalState.RETURNED;
    }

    public boolean isClosed() {
        return status.isClosed();
    }

    /** Ladders up to nothing (and has no justification for it) while still open: an orphan review is due. */
    public boolean isUnresolvedOrphan() {
        return orphanSince != null && justification == null && !isClosed();
    }

    // what may happen next (the services enforce these, GoalDetails shows them to the viewer as GoalActions)

    /** Its fields may change: it is open and no approval is pending. */
    public boolean mayChangeFields() {
        return !isClosed() && !awaitsApproval();
    }

    /** A personal draft not yet with its approver (a returned one is resubmitted from the owner's task). */
    public boolean mayBeSubmitted() {
        return level == GoalLevel.PERSONAL && status == GoalStatus.DRAFT && !awaitsApproval() && !isReturned();
    }

    /** A unit or company draft: the people who plan it activate it. */
    public boolean mayBeActivated() {
        return level != GoalLevel.PERSONAL && status == GoalStatus.DRAFT;
    }

    public boolean acceptsProgress() {
        return status == GoalStatus.ACTIVE;
    }

    /** Active, with no change waiting for the approver. */
    public boolean mayBeAchieved() {
        return status == GoalStatus.ACTIVE && !awaitsApproval();
    }

    /** Open, with no approval pending (the approver returns it first). */
    public boolean mayBeAbandoned() {
        return !isClosed() && !awaitsApproval();
    }

    /** Sent to the approver: a personal draft, a returned goal resubmitted, or an active goal's material change. */
    public void submit(Instant now) {
        require(!isClosed() && approval != ApprovalState.PENDING, "be submitted");
        approval = ApprovalState.PENDING;
        returnComment = null;
        touch(now);
    }

    /**
     * Approved (by the approver's decision, or at once when nobody needs to approve it): a draft becomes active, an
     * active goal's change stands.
     *
     * @return true when the goal became active
     */
    public boolean approve(Instant now) {
        require(!isClosed(), "be approved");
        approval = ApprovalState.APPROVED;
        returnComment = null;
        touch(now);
        if (status == GoalStatus.DRAFT) {
            status = GoalStatus.ACTIVE;
            return true;
        }
        return false;
    }

    /** The approver sends it back to the owner with what should change. */
    public void returnForChanges(String comment, Instant now) {
        require(approval == ApprovalState.PENDING, "be returned");
        approval = ApprovalState.RETURNED;
        returnComment = comment;
        touch(now);
    }

    /** The owner takes a returned draft back: it stays a draft, no approval is open. */
    public void withdraw(Instant now) {
        require(status == GoalStatus.DRAFT && approval != ApprovalState.PENDING, "be withdrawn");
        approval = ApprovalState.NONE;
        returnComment = null;
        touch(now);
    }

    /** A unit or company draft becomes active: the people who plan them need no approval. */
    public void activate(Instant now) {
        require(status == GoalStatus.DRAFT, "be activated");
        status = GoalStatus.ACTIVE;
        touch(now);
    }

    /**
     * Achieved or abandoned. A closed goal is not approved any more: an open approval (or a returned change) ends.
     *
     * @return true when an approval was open (its process must end too)
     */
    public boolean close(GoalStatus closedStatus, Instant now) {
        require(closedStatus.isClosed() && !isClosed(), "be closed as " + closedStatus);
        boolean approvalOpen = approval == ApprovalState.PENDING || approval == ApprovalState.RETURNED;
        status = closedStatus;
        if (approvalOpen) {
            approval = ApprovalState.NONE;
            returnComment = null;
        }
        touch(now);
        return approvalOpen;
    }

    /** Ladders up to nothing from now on (unless it is a company goal, which ladders up to a pillar). */
    public void becameOrphan(Instant now) {
        if (orphanSince == null && level != GoalLevel.COMPANY) {
            orphanSince = now;
        }
    }

    /** Ladders up to a goal again: no longer an orphan, no justification needed. */
    public void aligned() {
        orphanSince = null;
        justification = null;
    }

    /** An orphan kept on its own, with the reason. */
    public void justify(String reason, Instant now) {
        require(orphanSince != null, "be justified");
        justification = reason;
        touch(now);
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("Goal " + id + " (" + status + ", approval " + approval + ") cannot "
                    + what);
        }
    }
}
