package org.ladder.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.LadderUser;
import org.ladder.goals.GoalPeople.Approver;
import org.ladder.goals.GoalRules.Checked;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.domain.GoalRevision;
import org.ladder.goals.domain.KeyResult;
import org.ladder.goals.domain.Progress;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning goals: drafting and editing, recording progress, submitting a personal goal for approval or activating a
 * unit or company goal, and closing a goal (achieved, abandoned). Every change is checked against {@link GoalRules}
 * (nothing is saved on a violation), against concurrent edits, and kept in the goal's history. Reads are in
 * {@link GoalQueries}; the approver's decisions in {@link GoalApprovals}.
 */
@Service
@Transactional
public class GoalPlanning {

    private final GoalRepository goals;
    private final EditableGoals editable;
    private final GoalRules rules;
    private final GoalTree tree;
    private final GoalHistory history;
    private final GoalPeople goalPeople;
    private final GoalAccess access;
    private final GoalQueries queries;
    private final GoalWorkflow workflow;
    private final AuditLog audit;
    private final GoalProgress progress;

    GoalPlanning(GoalRepository goals, EditableGoals editable, GoalRules rules, GoalTree tree, GoalHistory history,
            GoalPeople goalPeople, GoalAccess access, GoalQueries queries, GoalWorkflow workflow, AuditLog audit,
            GoalProgress progress) {
        this.progress = progress;
        this.goals = goals;
        this.editable = editable;
        this.rules = rules;
        this.tree = tree;
        this.history = history;
        this.goalPeople = goalPeople;
        this.access = access;
        this.queries = queries;
        this.workflow = workflow;
        this.audit = audit;
    }

    /** A new goal, as a draft. */
    public GoalDetails create(GoalDraft draft) {
        LadderUser user = access.user();
        if (draft.level() == null) {
            throw new ValidationException(Map.of("level", "Choose the level: company, unit or personal goal."));
        }
        if (!access.mayCreate(draft.level())) {
            throw new AccessDeniedException("You may not create " + draft.level().label().toLowerCase() + "s.");
        }
        Checked checked = rules.validate(draft, null);
        Instant now = editable.now();
        Goal goal = new Goal(draft.level(), user.personId(), now);
        applyFields(goal, draft);
        applyKeyResults(goal, draft.keyResults());
        goal.setProgressValue(goal.getKeyResults().isEmpty() ? 0 : Progress.ofKeyResults(goal.getKeyResults()));
        goal.setProgressFromChildren(goal.getKeyResults().isEmpty());
        GoalTree.placeNew(goal, checked.parent(), now);
        goals.saveAndFlush(goal);
        tree.inserted(goal, checked.parent());
        history.record(goal, "CREATED", List.of("Drafted " + draft.level().label().toLowerCase() + " “"
                + goal.getTitle() + "”"), GoalRules.blankToNull(draft.reason()), false);
        audit.record("goal.created", "goal", goal.getId(), goal.getTitle());
        return queries.details(goal);
    }

    /**
     * Saves an edited goal. An active personal goal whose key-result targets or weights, or whose parent, changed
     * goes back to the owner's manager for approval; an active goal whose targets or period changed asks the owners
     * of the goals below it to acknowledge (the reason is then required).
     */
    public GoalDetails update(long goalId, long expectedVersion, GoalDraft draft) {
        Goal goal = editable.edit(goalId, expectedVersion);
        if (!goal.mayChangeFields()) {
            throw new ValidationException(Map.of("status", "This goal is waiting for approval: ask "
                    + goalPeople.approverName(goal) + " to approve it or return it before you change it."));
        }
        if (draft.level() != goal.getLevel()) {
            throw new ValidationException(Map.of("level", "The level of a goal cannot change: create a new goal."));
        }
        draft = rules.keepHiddenLinks(goal, draft);
        Checked checked = rules.validate(draft, goal);
        Changes changes = Changes.between(goal, draft, checked.parent(), history::titleOf);
        if (changes.lines().isEmpty()) {
            return queries.details(goal);
        }
        boolean active = goal.getStatus() == GoalStatus.ACTIVE;
        boolean propagates = active && (changes.targets() || changes.period()) && goal.getChildCount() > 0;
        if (propagates && GoalRules.blankToNull(draft.reason()) == null) {
            throw new ValidationException(Map.of("reason", "Say why this changes: the owners of the "
                    + "goals below it are asked to read it."));
        }
        Long oldParent = goal.getParentId();
        String oldPath = goal.getPath();
        applyFields(goal, draft);
        applyKeyResults(goal, draft.keyResults());
        goal.setProgressFromChildren(goal.getKeyResults().isEmpty());
        goal.touch(editable.now());
        editable.save(goal);
        if (changes.parent()) {
            tree.moveUnder(goal, checked.parent(), oldParent, oldPath);
        }
        tree.refreshProgress(goal);
        if (changes.parent() && oldParent != null) {
            tree.rollUp(oldPath);
        }
        boolean reapprove = active && goal.getLevel() == GoalLevel.PERSONAL
                && (changes.targets() || changes.weights() || changes.parent());
        List<String> lines = new ArrayList<>(changes.lines());
        if (reapprove && !goal.isReturned()) {
            Optional<Approver> approver = goalPeople.approver(goal);
            if (approver.isPresent() && approver.get().personId() == access.user().personId()) {
                lines.add("Approved at once: " + approver.get().name() + ", who approves this goal, made the change");
            } else if (approver.isPresent()) {
                goal.submit(editable.now());
                editable.save(goal);
                workflow.startApproval(goal.getId(), goalPeople.ownerUsername(goal), approver.get().username(), true);
                lines.add("Sent to " + approver.get().name() + " for approval");
            }
        }
        GoalRevision revision = history.record(goal, "EDITED", lines, GoalRules.blankToNull(draft.reason()),
                changes.targets() || changes.period() || changes.parent() || changes.weights());
        if (propagates) {
            workflow.startChangePropagation(revision.getId());
        }
        audit.record("goal.updated", "goal", goal.getId(), String.join("; ", lines));
        return queries.details(goal);
    }

    /**
     * Records where the key results stand now (no approval needed); progress rolls up the parent chain.
     *
     * @param currentByKeyResultId the new current value of each key result that changed
     */
    public GoalDetails updateProgress(long goalId, long expectedVersion, Map<Long, BigDecimal> currentByKeyResultId,
            String note) {
        Goal goal = editable.edit(goalId, expectedVersion);
        if (!goal.acceptsProgress()) {
            throw new ValidationException(Map.of("status", "Progress is recorded on active goals; this one is "
                    + goal.getStatus().label().toLowerCase() + "."));
        }
        GoalProgress.Prepared prepared = GoalProgress.prepare(goal, currentByKeyResultId);
        if (!prepared.errors().isEmpty()) {
            throw new ValidationException(prepared.errors());
        }
        String why = GoalRules.reason(note);
        if (!prepared.changes()) {
            return queries.details(goal);
        }
        progress.apply(prepared, "PROGRESS", prepared.lines(), why);
        return queries.details(goal);
    }

    /** A personal draft goes to the owner's manager for approval (active at once when the owner has none). */
    public GoalDetails submit(long goalId, long expectedVersion) {
        Goal goal = editable.edit(goalId, expectedVersion);
        if (goal.getLevel() != GoalLevel.PERSONAL) {
            throw new ValidationException(Map.of("status", "Unit and company goals are activated by the people who "
                    + "plan them, not submitted."));
        }
        if (goal.getStatus() != GoalStatus.DRAFT || goal.awaitsApproval()) {
            throw new ValidationException(Map.of("status", goal.awaitsApproval()
                    ? "This goal is already waiting for approval." : "Only drafts are submitted."));
        }
        if (!goal.mayBeSubmitted() || workflow.approvalOpen(goalId)) {
            throw new ValidationException(Map.of("status", "This goal was returned to you: resubmit it from your "
                    + "task in the inbox."));
        }
        rules.readyForWork(goal);
        Optional<Approver> approver = goalPeople.approver(goal);
        boolean byApprover = approver.isPresent() && approver.get().personId() == access.user().personId();
        if (approver.isEmpty() || byApprover) {
            goal.approve(editable.now());
            editable.save(goal);
            tree.refreshProgress(goal);
            history.record(goal, "ACTIVATED", List.of(byApprover
                    ? "Active: submitted by " + approver.get().name() + ", who approves it"
                    : "Active: " + goalPeople.ownerName(goal) + " has no manager to approve it"), null, true);
        } else {
            goal.submit(editable.now());
            editable.save(goal);
            workflow.startApproval(goal.getId(), goalPeople.ownerUsername(goal), approver.get().username(), false);
            history.record(goal, "SUBMITTED", List.of("Submitted to " + approver.get().name() + " for approval"),
                    null, false);
        }
        audit.record("goal.submitted", "goal", goalId, goal.getTitle());
        return queries.details(goal);
    }

    /** A unit or company draft becomes active (the people who plan them need no approval). */
    public GoalDetails activate(long goalId, long expectedVersion) {
        Goal goal = editable.edit(goalId, expectedVersion);
        if (goal.getLevel() == GoalLevel.PERSONAL) {
            throw new ValidationException(Map.of("status", "Personal goals are submitted to the manager for "
                    + "approval."));
        }
        if (!goal.mayBeActivated()) {
            throw new ValidationException(Map.of("status", "Only drafts are activated."));
        }
        rules.readyForWork(goal);
        goal.activate(editable.now());
        editable.save(goal);
        tree.refreshProgress(goal);
        history.record(goal, "ACTIVATED", List.of("Activated"), null, true);
        audit.record("goal.activated", "goal", goalId, goal.getTitle());
        return queries.details(goal);
    }

    public GoalDetails achieve(long goalId, long expectedVersion, String reason) {
        Goal goal = editable.edit(goalId, expectedVersion);
        if (goal.getStatus() != GoalStatus.ACTIVE) {
            throw new ValidationException(Map.of("status", "Only active goals are achieved."));
        }
        if (!goal.mayBeAchieved()) {
            throw new ValidationException(Map.of("status", "A change of this goal is waiting for approval: ask "
                    + goalPeople.approverName(goal) + " to decide first."));
        }
        close(goal, GoalStatus.ACHIEVED, GoalRules.reason(reason), "ACHIEVED");
        return queries.details(goal);
    }

    /** Abandons a goal (a reason is required): the goals below it become orphans and their owners are told. */
    public GoalDetails abandon(long goalId, long expectedVersion, String reason) {
        Goal goal = editable.edit(goalId, expectedVersion);
        if (!goal.mayBeAbandoned()) {
            throw new ValidationException(Map.of("status", "This goal is waiting for approval: ask "
                    + goalPeople.approverName(goal) + " to return it first."));
        }
        String why = GoalRules.blankToNull(reason);
        if (why == null) {
            throw new ValidationException(Map.of("reason", "Say why the goal is abandoned."));
        }
        close(goal, GoalStatus.ABANDONED, GoalRules.reason(why), "ABANDONED");
        return queries.details(goal);
    }

    /**
     * Closes the goal (achieved, abandoned, or an orphan retired): an open approval ends, the goals below an
     * abandoned goal become orphans, the owners below an active goal are asked to acknowledge.
     */
    void close(Goal goal, GoalStatus status, String reason, String kind) {
        GoalStatus before = goal.getStatus();
        List<String> lines = new ArrayList<>(List.of("Status: " + before.label() + " → " + status.label()));
        if (goal.close(status, editable.now())) {
            workflow.cancelApproval(goal.getId(), "The goal was " + status.label().toLowerCase());
            lines.add("Its open approval ended");
        }
        editable.save(goal);
        if (status == GoalStatus.ABANDONED) {
            int orphaned = tree.orphanChildren(goal);
            if (orphaned > 0) {
                lines.add(orphaned + " goal(s) below it no longer ladder up to anything");
            }
        }
        tree.rollUp(goal.getPath());
        GoalRevision revision = history.record(goal, kind, lines, reason, true);
        if (before == GoalStatus.ACTIVE && goal.getChildCount() > 0) {
            workflow.startChangePropagation(revision.getId());
        }
        audit.record("goal." + kind.toLowerCase(), "goal", goal.getId(), reason);
    }

    private static void applyFields(Goal goal, GoalDraft d) {
        goal.setTitle(d.title().trim());
        goal.setDescription(GoalRules.blankToNull(d.description()));
        goal.setOwner(d.level() == GoalLevel.UNIT ? d.ownerUnitId() : null,
                d.level() == GoalLevel.PERSONAL ? d.ownerPersonId() : null);
        goal.setPillar(d.level() == GoalLevel.COMPANY ? d.pillar().trim() : null);
        goal.setPeriod(d.periodStart(), d.periodEnd());
        goal.setVisibility(d.level() == GoalLevel.PERSONAL ? d.visibility() : Visibility.PUBLIC);
        if (!goal.getContributesTo().equals(new LinkedHashSet<>(d.contributesTo()))) {
            goal.getContributesTo().clear();
            goal.getContributesTo().addAll(d.contributesTo());
        }
    }

    private static void applyKeyResults(Goal goal, List<KeyResultDraft> drafts) {
        Map<Long, KeyResult> byId = new HashMap<>();
        goal.getKeyResults().forEach(kr -> byId.put(kr.getId(), kr));
        List<KeyResult> next = new ArrayList<>();
        for (KeyResultDraft d : drafts) {
            BigDecimal baseline = d.type() == KeyResultType.BINARY && d.baseline() == null ? BigDecimal.ZERO
                    : d.baseline();
            BigDecimal target = d.type() == KeyResultType.BINARY && d.target() == null ? BigDecimal.ONE : d.target();
            BigDecimal current = d.current() == null ? baseline : d.current();
            String unit = GoalRules.blankToNull(d.unit());
            if (d.type() == KeyResultType.CURRENCY && unit != null) {
                unit = unit.toUpperCase();
            } else if (d.type() == KeyResultType.PERCENTAGE) {
                unit = "%";
            }
            KeyResult kr = d.id() == null ? null : byId.get(d.id());
            if (kr == null) {
                kr = new KeyResult(d.name().trim(), d.type(), baseline, target, current, unit, d.weight());
            } else {
                kr.set(d.name().trim(), d.type(), baseline, target, current, unit, d.weight());
            }
            next.add(kr);
        }
        goal.getKeyResults().clear();
        goal.getKeyResults().addAll(next);
    }
}
