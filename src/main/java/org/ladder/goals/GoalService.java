package org.ladder.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.LadderUser;
import org.ladder.charter.CharterService;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.domain.GoalRevision;
import org.ladder.goals.domain.GoalRevisionRepository;
import org.ladder.goals.domain.GoalStore;
import org.ladder.goals.domain.KeyResult;
import org.ladder.goals.domain.Progress;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.GoalChangeProcess;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskInfo;
import org.ladder.tasks.WorkDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing goals: drafting, editing, progress, submission and activation, achievement and abandonment; the
 * approval and orphan decisions of the goal processes; and the process side (activation after approval, change
 * acknowledgements, orphan sweeps). Every change is checked against the rules (nothing is saved on a violation),
 * against concurrent edits, and kept as a revision. Reads are in {@link GoalQueries}.
 */
@Service
@Transactional
public class GoalService {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_REASON = 1000;
    static final int MAX_COMMENT = 2000;
    static final int MAX_CONTRIBUTIONS = 10;

    private final GoalRepository goals;
    private final GoalRevisionRepository revisions;
    private final GoalStore store;
    private final GoalAccess access;
    private final GoalQueries queries;
    private final GoalWorkflow workflow;
    private final PeopleService people;
    private final CharterService charter;
    private final InboxService inbox;
    private final AcknowledgementCampaigns campaigns;
    private final GoalTimings timings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    GoalService(GoalRepository goals, GoalRevisionRepository revisions, GoalStore store, GoalAccess access,
            GoalQueries queries, GoalWorkflow workflow, PeopleService people, CharterService charter,
            InboxService inbox, AcknowledgementCampaigns campaigns, GoalTimings timings, AuditLog audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.goals = goals;
        this.revisions = revisions;
        this.store = store;
        this.access = access;
        this.queries = queries;
        this.workflow = workflow;
        this.people = people;
        this.charter = charter;
        this.inbox = inbox;
        this.campaigns = campaigns;
        this.timings = timings;
        this.audit = audit;
    }

    // --- drafting and editing ------------------------------------------------------------------------------------

    /** A new goal, as a draft. */
    public GoalDetails create(GoalDraft draft) {
        LadderUser user = access.user();
        if (draft.level() == null) {
            throw new ValidationException(Map.of("level", "Choose the level: company, unit or personal goal."));
        }
        if (!access.mayCreate(draft.level())) {
            throw new AccessDeniedException("You may not create " + draft.level().label().toLowerCase() + "s.");
        }
        Checked checked = validate(draft, null);
        Instant now = now();
        Goal goal = new Goal(draft.level(), user.personId(), now);
        applyFields(goal, draft);
        applyKeyResults(goal, draft.keyResults());
        goal.setProgressValue(goal.getKeyResults().isEmpty() ? 0 : Progress.ofKeyResults(goal.getKeyResults()));
        goal.setProgressFromChildren(goal.getKeyResults().isEmpty());
        GoalStore.Row parent = checked.parent();
        goal.placeAt(parent == null ? null : parent.id(), parent == null ? "/" : parent.path(),
                parent == null ? 0 : parent.path().split("/").length - 1);
        if (parent == null && draft.level() != GoalLevel.COMPANY) {
            goal.setOrphanSince(now);
        }
        goals.saveAndFlush(goal);
        String path = (parent == null ? "/" : parent.path()) + goal.getId() + "/";
        store.inserted(goal.getId(), path, goal.getParentId());
        goal.placeAt(goal.getParentId(), path, goal.getDepth());
        revise(goal, "CREATED", List.of("Drafted " + draft.level().label().toLowerCase() + " “" + goal.getTitle()
                + "”"), blankToNull(draft.reason()), false);
        audit.record("goal.created", "goal", goal.getId(), goal.getTitle());
        return queries.details(goal);
    }

    /**
     * Saves an edited goal. An active personal goal whose key-result targets or weights, or whose parent, changed
     * goes back to the owner's manager for approval; an active goal whose targets or period changed asks the owners
     * of the goals below it to acknowledge (the reason is then required).
     */
    public GoalDetails update(long goalId, long expectedVersion, GoalDraft draft) {
        Goal goal = editable(goalId, expectedVersion);
        if (goal.getApproval() == ApprovalState.PENDING) {
            throw new ValidationException(Map.of("status", "This goal is waiting for approval: ask "
                    + approverName(goal) + " to approve it or return it before you change it."));
        }
        if (draft.level() != goal.getLevel()) {
            throw new ValidationException(Map.of("level", "The level of a goal cannot change: create a new goal."));
        }
        draft = keepHiddenLinks(goal, draft);
        Checked checked = validate(draft, goal);
        Changes changes = Changes.between(goal, draft, checked.parent(), this::goalTitle);
        if (changes.lines().isEmpty()) {
            return queries.details(goal);
        }
        boolean active = goal.getStatus() == GoalStatus.ACTIVE;
        boolean propagates = active && (changes.targets() || changes.period()) && goal.getChildCount() > 0;
        if (propagates && blankToNull(draft.reason()) == null) {
            throw new ValidationException(Map.of("reason", "Say why this changes: the owners of the "
                    + "goals below it are asked to read it."));
        }
        Long oldParent = goal.getParentId();
        String oldPath = goal.getPath();
        applyFields(goal, draft);
        applyKeyResults(goal, draft.keyResults());
        goal.setProgressFromChildren(goal.getKeyResults().isEmpty());
        goal.touch(now());
        flush(goal);
        if (changes.parent()) {
            moveUnder(goal, checked.parent(), oldParent, oldPath);
        }
        refreshProgress(goal);
        if (changes.parent() && oldParent != null) {
            store.rollUp(oldPath);
        }
        boolean reapprove = active && goal.getLevel() == GoalLevel.PERSONAL
                && (changes.targets() || changes.weights() || changes.parent());
        List<String> lines = new ArrayList<>(changes.lines());
        if (reapprove && goal.getApproval() != ApprovalState.RETURNED) {
            Optional<Approver> approver = approver(goal);
            if (approver.isPresent() && approver.get().personId() == access.user().personId()) {
                lines.add("Approved at once: " + approver.get().name() + ", who approves this goal, made the change");
            } else if (approver.isPresent()) {
                goal.setApproval(ApprovalState.PENDING, null);
                flush(goal);
                workflow.startApproval(goal.getId(), ownerUsername(goal), approver.get().username(), true,
                        subjectOf(goal));
                lines.add("Sent to " + approver.get().name() + " for approval");
            }
        }
        GoalRevision revision = revise(goal, "EDITED", lines, blankToNull(draft.reason()),
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
        Goal goal = editable(goalId, expectedVersion);
        if (goal.getStatus() != GoalStatus.ACTIVE) {
            throw new ValidationException(Map.of("status", "Progress is recorded on active goals; this one is "
                    + goal.getStatus().label().toLowerCase() + "."));
        }
        List<KeyResultDraft> drafts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (KeyResult kr : goal.getKeyResults()) {
            BigDecimal value = currentByKeyResultId.getOrDefault(kr.getId(), kr.getCurrent());
            drafts.add(new KeyResultDraft(kr.getId(), kr.getName(), kr.getType(), kr.getBaseline(), kr.getTarget(),
                    value, kr.getUnit(), kr.getWeight()));
            if (value != null && value.compareTo(kr.getCurrent()) != 0) {
                lines.add("“" + kr.getName() + "”: " + Changes.number(kr.getCurrent()) + " → " + Changes.number(value));
            }
        }
        Map<String, String> errors = KeyResultRules.check(drafts);
        errors.remove("keyResults");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (note != null && note.length() > MAX_REASON) {
            throw new ValidationException(Map.of("reason", "Keep the note under " + MAX_REASON + " characters."));
        }
        if (lines.isEmpty()) {
            return queries.details(goal);
        }
        for (int i = 0; i < drafts.size(); i++) {
            goal.getKeyResults().get(i).setCurrent(drafts.get(i).current());
        }
        goal.touch(now());
        flush(goal);
        refreshProgress(goal);
        revise(goal, "PROGRESS", lines, blankToNull(note), false);
        return queries.details(goal);
    }

    /** A personal draft goes to the owner's manager for approval (active at once when the owner has none). */
    public GoalDetails submit(long goalId, long expectedVersion) {
        Goal goal = editable(goalId, expectedVersion);
        if (goal.getLevel() != GoalLevel.PERSONAL) {
            throw new ValidationException(Map.of("status", "Unit and company goals are activated by the people who "
                    + "plan them, not submitted."));
        }
        if (goal.getStatus() != GoalStatus.DRAFT || goal.getApproval() == ApprovalState.PENDING) {
            throw new ValidationException(Map.of("status", goal.getApproval() == ApprovalState.PENDING
                    ? "This goal is already waiting for approval." : "Only drafts are submitted."));
        }
        if (workflow.approvalOpen(goalId)) {
            throw new ValidationException(Map.of("status", "This goal was returned to you: resubmit it from your "
                    + "task in the inbox."));
        }
        readyForWork(goal);
        Optional<Approver> approver = approver(goal);
        boolean byApprover = approver.isPresent() && approver.get().personId() == access.user().personId();
        if (approver.isEmpty() || byApprover) {
            goal.setStatus(GoalStatus.ACTIVE);
            goal.setApproval(ApprovalState.APPROVED, null);
            goal.touch(now());
            flush(goal);
            refreshProgress(goal);
            revise(goal, "ACTIVATED", List.of(byApprover
                    ? "Active: submitted by " + approver.get().name() + ", who approves it"
                    : "Active: " + ownerName(goal) + " has no manager to approve it"), null, true);
        } else {
            goal.setApproval(ApprovalState.PENDING, null);
            goal.touch(now());
            flush(goal);
            workflow.startApproval(goal.getId(), ownerUsername(goal), approver.get().username(), false,
                    subjectOf(goal));
            revise(goal, "SUBMITTED", List.of("Submitted to " + approver.get().name() + " for approval"), null,
                    false);
        }
        audit.record("goal.submitted", "goal", goalId, goal.getTitle());
        return queries.details(goal);
    }

    /** A unit or company draft becomes active (the people who plan them need no approval). */
    public GoalDetails activate(long goalId, long expectedVersion) {
        Goal goal = editable(goalId, expectedVersion);
        if (goal.getLevel() == GoalLevel.PERSONAL) {
            throw new ValidationException(Map.of("status", "Personal goals are submitted to the manager for "
                    + "approval."));
        }
        if (goal.getStatus() != GoalStatus.DRAFT) {
            throw new ValidationException(Map.of("status", "Only drafts are activated."));
        }
        readyForWork(goal);
        goal.setStatus(GoalStatus.ACTIVE);
        goal.touch(now());
        flush(goal);
        refreshProgress(goal);
        revise(goal, "ACTIVATED", List.of("Activated"), null, true);
        audit.record("goal.activated", "goal", goalId, goal.getTitle());
        return queries.details(goal);
    }

    public GoalDetails achieve(long goalId, long expectedVersion, String reason) {
        Goal goal = editable(goalId, expectedVersion);
        if (goal.getStatus() != GoalStatus.ACTIVE) {
            throw new ValidationException(Map.of("status", "Only active goals are achieved."));
        }
        if (goal.getApproval() == ApprovalState.PENDING) {
            throw new ValidationException(Map.of("status", "A change of this goal is waiting for approval: ask "
                    + approverName(goal) + " to decide first."));
        }
        return close(goal, GoalStatus.ACHIEVED, reason, "ACHIEVED");
    }

    /** Abandons a goal (a reason is required): the goals below it become orphans and their owners are told. */
    public GoalDetails abandon(long goalId, long expectedVersion, String reason) {
        Goal goal = editable(goalId, expectedVersion);
        if (goal.getStatus().isClosed()) {
            throw new ValidationException(Map.of("status", "This goal is already " + goal.getStatus().label()
                    .toLowerCase() + "."));
        }
        if (goal.getApproval() == ApprovalState.PENDING) {
            throw new ValidationException(Map.of("status", "This goal is waiting for approval: ask "
                    + approverName(goal) + " to return it first."));
        }
        if (blankToNull(reason) == null) {
            throw new ValidationException(Map.of("reason", "Say why the goal is abandoned."));
        }
        return close(goal, GoalStatus.ABANDONED, reason, "ABANDONED");
    }

    private GoalDetails close(Goal goal, GoalStatus status, String reason, String kind) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new ValidationException(Map.of("reason", "Keep the reason under " + MAX_REASON + " characters."));
        }
        GoalStatus before = goal.getStatus();
        goal.setStatus(status);
        List<String> lines = new ArrayList<>(List.of("Status: " + before.label() + " → " + status.label()));
        if (goal.getApproval() == ApprovalState.PENDING || goal.getApproval() == ApprovalState.RETURNED) {
            // a closed goal is not approved any more: its approval (or its returned change) ends here
            workflow.cancelApproval(goal.getId(), "The goal was " + status.label().toLowerCase());
            goal.setApproval(ApprovalState.NONE, null);
            lines.add("Its open approval ended");
        }
        goal.touch(now());
        flush(goal);
        if (status == GoalStatus.ABANDONED) {
            int orphaned = store.orphanChildren(goal.getId(), now());
            if (orphaned > 0) {
                lines.add(orphaned + " goal(s) below it no longer ladder up to anything");
            }
        }
        store.rollUp(goal.getPath());
        GoalRevision revision = revise(goal, kind, lines, blankToNull(reason), true);
        if (before == GoalStatus.ACTIVE && goal.getChildCount() > 0) {
            workflow.startChangePropagation(revision.getId());
        }
        audit.record("goal." + kind.toLowerCase(), "goal", goal.getId(), reason);
        return queries.details(goal);
    }

    // --- approval tasks ------------------------------------------------------------------------------------------

    /** The approver approves (optionally with a comment), which makes the goal (or its change) active. */
    public void approve(String taskId, String comment) {
        TaskInfo task = openTask(taskId, GoalApprovalProcess.KEY, GoalApprovalProcess.TASK_APPROVE);
        Goal goal = byTask(task, GoalApprovalProcess.goalId(task.businessKey()));
        notOwnGoal(goal);
        String text = comment(comment, false);
        revise(goal, "APPROVED", List.of("Approved by " + access.user().displayName()), text, false);
        activateApproved(goal.getId());
        inbox.complete(taskId, Map.of(GoalApprovalProcess.VAR_RETURNED, false));
        tellOwner(goal, "Your goal was approved: " + goal.getTitle(), access.user().displayName() + " approved it"
                + (text == null ? "." : ": " + text));
        audit.record("goal.approved", "goal", goal.getId(), text);
    }

    /** The approver returns the goal to its owner with a comment (required). */
    public void returnForChanges(String taskId, String comment) {
        TaskInfo task = openTask(taskId, GoalApprovalProcess.KEY, GoalApprovalProcess.TASK_APPROVE);
        Goal goal = byTask(task, GoalApprovalProcess.goalId(task.businessKey()));
        notOwnGoal(goal);
        String text = comment(comment, true);
        goal.setApproval(ApprovalState.RETURNED, text);
        goal.touch(now());
        flush(goal);
        revise(goal, "RETURNED", List.of("Returned by " + access.user().displayName()), text, false);
        inbox.complete(taskId, Map.of(GoalApprovalProcess.VAR_RETURNED, true));
        audit.record("goal.returned", "goal", goal.getId(), text);
    }

    /** The owner sends the revised goal back to the approver. */
    public void resubmit(String taskId) {
        TaskInfo task = openTask(taskId, GoalApprovalProcess.KEY, GoalApprovalProcess.TASK_REVISE);
        Goal goal = byTask(task, GoalApprovalProcess.goalId(task.businessKey()));
        if (goal.getStatus().isClosed()) {
            throw new ValidationException(Map.of("status", "This goal is " + goal.getStatus().label().toLowerCase()
                    + ": there is nothing to resubmit."));
        }
        readyForWork(goal);
        goal.setApproval(ApprovalState.PENDING, null);
        goal.touch(now());
        flush(goal);
        revise(goal, "RESUBMITTED", List.of("Resubmitted for approval"), null, false);
        inbox.complete(taskId, Map.of(GoalApprovalProcess.VAR_RETURNED, false, GoalApprovalProcess.VAR_WITHDRAWN,
                false));
        audit.record("goal.resubmitted", "goal", goal.getId(), goal.getTitle());
    }

    /** The owner withdraws a returned draft: it stays a draft, the approval ends. */
    public void withdraw(String taskId) {
        TaskInfo task = openTask(taskId, GoalApprovalProcess.KEY, GoalApprovalProcess.TASK_REVISE);
        Goal goal = byTask(task, GoalApprovalProcess.goalId(task.businessKey()));
        if (goal.getStatus() != GoalStatus.DRAFT) {
            throw new ValidationException(Map.of("status", "This active goal's change was returned: change it back "
                    + "or revise it, then resubmit — or abandon the goal."));
        }
        goal.setApproval(ApprovalState.NONE, null);
        goal.touch(now());
        flush(goal);
        revise(goal, "WITHDRAWN", List.of("Withdrawn from approval; still a draft"), null, false);
        inbox.complete(taskId, Map.of(GoalApprovalProcess.VAR_WITHDRAWN, true));
        audit.record("goal.withdrawn", "goal", goal.getId(), goal.getTitle());
    }

    /**
     * The manager's decision on an orphan goal: align it below {@code newParentId}, justify it (it stays, marked,
     * with the reason), or retire it (abandoned, with the reason).
     *
     * @return false when the goal was settled meanwhile (aligned, justified or closed): the task is closed and
     *         nothing changed
     */
    public boolean resolveOrphan(String taskId, OrphanResolution resolution, Long newParentId, String reason) {
        TaskInfo task = openTask(taskId, OrphanGoalProcess.KEY, OrphanGoalProcess.TASK_RESOLVE);
        Goal goal = byTask(task, OrphanGoalProcess.goalId(task.businessKey()));
        if (resolution == null) {
            throw new ValidationException(Map.of("resolution", "Choose: align, justify or retire."));
        }
        if (goal.getStatus().isClosed() || goal.getOrphanSince() == null || goal.getJustification() != null) {
            // settled meanwhile (aligned, justified or closed by someone else): nothing left to decide
            inbox.complete(taskId, Map.of(OrphanGoalProcess.VAR_RESOLUTION, "SETTLED"));
            audit.record("goal.orphan.settled", "goal", goal.getId(), "no longer an orphan when " + resolution);
            return false;
        }
        String why = blankToNull(reason);
        if (why != null && why.length() > MAX_REASON) {
            throw new ValidationException(Map.of("reason", "Keep the reason under " + MAX_REASON + " characters."));
        }
        switch (resolution) {
            case ALIGN -> {
                if (newParentId == null) {
                    throw new ValidationException(Map.of("parent", "Choose the goal it ladders up to."));
                }
                GoalDetails d = queries.details(goal);
                GoalDraft draft = d.toDraft(why);
                draft = new GoalDraft(draft.level(), draft.title(), draft.description(), draft.ownerUnitId(),
                        draft.ownerPersonId(), newParentId, draft.contributesTo(), draft.pillar(), draft.periodStart(),
                        draft.periodEnd(), draft.visibility(), draft.keyResults(), why);
                if (newParentId.equals(goal.getParentId())) {
                    throw new ValidationException(Map.of("parent", "It already ladders up to that goal, which is "
                            + "why it is an orphan: choose an active goal."));
                }
                Checked checked = validate(draft, goal);
                Long oldParent = goal.getParentId();
                String oldPath = goal.getPath();
                String before = goalTitle(oldParent);
                goal.touch(now());
                flush(goal);
                moveUnder(goal, checked.parent(), oldParent, oldPath);
                refreshProgress(goal);
                revise(goal, "ALIGNED", List.of("Ladders up to: " + before + " → " + checked.parent().title()), why,
                        true);
            }
            case JUSTIFY -> {
                if (why == null) {
                    throw new ValidationException(Map.of("reason", "Say why this goal stands on its own."));
                }
                goal.setJustification(why);
                goal.touch(now());
                flush(goal);
                revise(goal, "JUSTIFIED", List.of("Kept without a parent goal"), why, false);
            }
            case RETIRE -> {
                if (why == null) {
                    throw new ValidationException(Map.of("reason", "Say why the goal is retired."));
                }
                if (!goal.getStatus().isClosed()) {
                    close(goal, GoalStatus.ABANDONED, why, "RETIRED");
                }
            }
            default -> throw new IllegalStateException();
        }
        inbox.complete(taskId, Map.of(OrphanGoalProcess.VAR_RESOLUTION, resolution.name()));
        audit.record("goal.orphan." + resolution.name().toLowerCase(), "goal", goal.getId(), why);
        String who = access.user().displayName();
        tellOwner(goal, switch (resolution) {
            case ALIGN -> "Your goal now ladders up to another goal: " + goal.getTitle();
            case JUSTIFY -> "Your goal stays on its own, justified: " + goal.getTitle();
            case RETIRE -> "Your goal was retired: " + goal.getTitle();
        }, who + " decided about this goal, which laddered up to nothing" + (why == null ? "." : ": " + why));
        return true;
    }

    /** The goal behind a task of a goal process the caller may see. */
    @Transactional(readOnly = true)
    public long goalOfTask(String taskId) {
        TaskInfo task = inbox.task(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(
                "This task is no longer open."));
        return switch (task.processDefinitionKey()) {
            case GoalApprovalProcess.KEY -> GoalApprovalProcess.goalId(task.businessKey());
            case OrphanGoalProcess.KEY -> OrphanGoalProcess.goalId(task.businessKey());
            default -> throw new AccessDeniedException("This is not a goal task.");
        };
    }

    // --- process side (the engine calls these; nobody is signed in) ---------------------------------------------

    /** After approval: a first approval makes the goal active; a change approval marks the change approved. */
    public void activateApproved(long goalId) {
        Goal goal = goals.findById(goalId).orElseThrow();
        if (goal.getStatus().isClosed()) {
            return;
        }
        goal.setApproval(ApprovalState.APPROVED, null);
        boolean first = goal.getStatus() == GoalStatus.DRAFT;
        if (first) {
            goal.setStatus(GoalStatus.ACTIVE);
        }
        goal.touch(now());
        flush(goal);
        if (first) {
            refreshProgress(goal);
        }
    }

    /**
     * Asks every owner of a goal below the changed one (any depth; unit goals through their unit's head) to
     * acknowledge the change; the person who changed it is not asked. Idempotent.
     *
     * @return the campaign id, or 0 when there is nobody to ask
     */
    public long requestChangeAcknowledgements(long revisionId) {
        GoalRevision revision = revisions.findById(revisionId).orElseThrow();
        Goal goal = goals.findById(revision.getGoalId()).orElseThrow();
        GoalStore.Owners owners = store.ownersBelow(goal.getPath(), goal.getId());
        Set<Long> personIds = new LinkedHashSet<>(owners.people());
        personIds.addAll(people.headsOf(owners.units()).values());
        if (revision.getActorId() != null) {
            personIds.remove(revision.getActorId());
        }
        if (personIds.isEmpty()) {
            return 0;
        }
        return campaigns.startFor(GoalChangeProcess.SUBJECT, revisionId, "Goal changed: " + goal.getTitle(),
                "goal/" + goal.getId(), personIds);
    }

    /**
     * Active orphan goals (not justified) that have been orphans longer than the configured age, oldest first;
     * leaving out those already under review (up to 1,000 at a time).
     */
    @Transactional(readOnly = true)
    public List<Long> orphansDueForReview(java.util.Collection<Long> underReview) {
        return store.orphansSince(now().minus(timings.orphanAge()), underReview, 1000);
    }

    /** Who decides about an orphan: the owner's manager (a unit goal: the head's manager, else the head). */
    @Transactional(readOnly = true)
    public Optional<String> orphanResolver(long goalId) {
        Goal goal = goals.findById(goalId).orElseThrow();
        Optional<Long> owner = goal.getLevel() == GoalLevel.UNIT && goal.getOwnerUnitId() != null
                ? people.headOf(goal.getOwnerUnitId()) : Optional.ofNullable(goal.getOwnerPersonId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        List<Long> chain = people.managerChain(owner.get());
        long resolver = chain.isEmpty() ? (goal.getLevel() == GoalLevel.UNIT ? owner.get() : -1) : chain.get(0);
        return resolver < 0 ? Optional.empty() : people.usernameOf(resolver);
    }

    @Transactional(readOnly = true)
    public boolean isOrphan(long goalId) {
        return goals.findById(goalId).map(g -> g.getOrphanSince() != null && g.getJustification() == null
                && !g.getStatus().isClosed()).orElse(false);
    }

    /** The goal and its owner in a few words, for the inbox: "“Title” — Owner". */
    @Transactional(readOnly = true)
    public String subjectOf(long goalId) {
        return subjectOf(goals.findById(goalId).orElseThrow());
    }

    private String subjectOf(Goal goal) {
        String owner = switch (goal.getLevel()) {
            case COMPANY -> "Company";
            case UNIT -> people.unitNames(List.of(goal.getOwnerUnitId())).getOrDefault(goal.getOwnerUnitId(), "");
            case PERSONAL -> ownerName(goal);
        };
        return "“" + goal.getTitle() + "” — " + owner;
    }

    /** The username of whoever approves this goal (the owner's manager). */
    @Transactional(readOnly = true)
    public Optional<String> approverOf(long goalId) {
        return goals.findById(goalId).flatMap(this::approver).map(Approver::username);
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private record Checked(GoalStore.Row parent) {
    }

    private Checked validate(GoalDraft d, Goal existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = blankToNull(d.title());
        if (title == null) {
            errors.put("title", "Give the goal a title.");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "Keep the title under " + MAX_TITLE + " characters.");
        }
        if (d.description() != null && d.description().length() > MAX_DESCRIPTION) {
            errors.put("description", "Keep the description under " + MAX_DESCRIPTION + " characters.");
        }
        if (d.reason() != null && d.reason().length() > MAX_REASON) {
            errors.put("reason", "Keep the reason under " + MAX_REASON + " characters.");
        }
        checkOwner(d, existing, errors);
        if (d.periodStart() == null) {
            errors.put("periodStart", "Give the first day of the period.");
        }
        if (d.periodEnd() == null) {
            errors.put("periodEnd", "Give the last day of the period.");
        }
        if (d.periodStart() != null && d.periodEnd() != null) {
            if (d.periodEnd().isBefore(d.periodStart())) {
                errors.put("periodEnd", "The period ends before it starts.");
            } else if (d.periodEnd().isAfter(d.periodStart().plusYears(5))) {
                errors.put("periodEnd", "A goal's period is at most five years.");
            }
        }
        if (d.visibility() == Visibility.PRIVATE && d.level() != GoalLevel.PERSONAL) {
            errors.put("visibility", "Only personal goals can be private: others align to unit and company goals.");
        }
        GoalStore.Row parent = checkParent(d, existing, errors);
        checkContributions(d, existing, errors);
        errors.putAll(KeyResultRules.check(d.keyResults()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(parent);
    }

    private void checkOwner(GoalDraft d, Goal existing, Map<String, String> errors) {
        switch (d.level()) {
            case COMPANY -> {
                String pillar = blankToNull(d.pillar());
                if (pillar == null) {
                    errors.put("pillar", "Choose the pillar of the charter this goal serves.");
                } else if (existing == null || !pillar.equals(existing.getPillar())) {
                    List<String> pillars = queries.pillars();
                    if (pillars.isEmpty()) {
                        errors.put("pillar", "There is no published charter with pillars yet.");
                    } else if (!pillars.contains(pillar)) {
                        errors.put("pillar", "“" + pillar + "” is not a pillar of the current charter.");
                    }
                }
            }
            case UNIT -> {
                if (d.ownerUnitId() == null) {
                    errors.put("owner", "Choose the unit this goal belongs to.");
                } else if (people.unitNames(List.of(d.ownerUnitId())).isEmpty()) {
                    errors.put("owner", "There is no such unit.");
                } else if (!access.mayEdit(GoalLevel.UNIT, d.ownerUnitId(), null)) {
                    errors.put("owner", "You may plan goals only for units you lead (or units below them).");
                }
            }
            case PERSONAL -> {
                if (d.ownerPersonId() == null) {
                    errors.put("owner", "Choose whose goal this is.");
                } else if (!people.isActive(d.ownerPersonId())) {
                    errors.put("owner", "There is no such person working here.");
                } else if (!access.mayEdit(GoalLevel.PERSONAL, null, d.ownerPersonId())) {
                    errors.put("owner", "You may plan goals only for yourself and the people who report to you.");
                }
            }
            default -> throw new IllegalStateException();
        }
        if (existing != null && (!Objects.equals(existing.getOwnerUnitId(), d.level() == GoalLevel.UNIT
                ? d.ownerUnitId() : null) || !Objects.equals(existing.getOwnerPersonId(),
                        d.level() == GoalLevel.PERSONAL ? d.ownerPersonId() : null))) {
            errors.put("owner", "The owner of a goal cannot change: create a new goal for the new owner.");
        }
    }

    private GoalStore.Row checkParent(GoalDraft d, Goal existing, Map<String, String> errors) {
        if (d.parentId() == null) {
            return null;
        }
        if (d.level() == GoalLevel.COMPANY) {
            errors.put("parent", "Company goals ladder up to a pillar of the charter, not to another goal.");
            return null;
        }
        if (existing == null || !d.parentId().equals(existing.getParentId())) {
            store.lock(d.parentId());
        }
        List<GoalStore.Row> found = store.byIds(List.of(d.parentId()));
        if (found.isEmpty() || !access.maySee(found.get(0).visibility(), found.get(0).ownerPersonId())) {
            errors.put("parent", "There is no such goal you can see: you can only align to goals you can see.");
            return null;
        }
        GoalStore.Row parent = found.get(0);
        boolean unchanged = existing != null && d.parentId().equals(existing.getParentId());
        if (existing != null && parent.id() == existing.getId()) {
            errors.put("parent", "A goal cannot ladder up to itself.");
            return null;
        }
        if (existing != null && parent.path().contains("/" + existing.getId() + "/")) {
            errors.put("parent", "“" + parent.title() + "” already ladders up to this goal: aligning to it would "
                    + "make a loop.");
            return null;
        }
        if (unchanged) {
            return parent;
        }
        if (parent.status().isClosed()) {
            errors.put("parent", "“" + parent.title() + "” is " + parent.status().label().toLowerCase()
                    + " and accepts no new goals below it.");
        } else if (parent.status() == GoalStatus.DRAFT) {
            errors.put("parent", "“" + parent.title() + "” is still a draft: align to an active goal.");
        } else if (d.level() == GoalLevel.PERSONAL && parent.level() == GoalLevel.PERSONAL) {
            errors.put("parent", "A personal goal ladders up to a unit or company goal, not to another person's goal.");
        } else if (d.level() == GoalLevel.UNIT && parent.level() == GoalLevel.PERSONAL) {
            errors.put("parent", "A unit goal ladders up to a company goal or a goal of a unit above it.");
        } else if (d.level() == GoalLevel.UNIT && parent.level() == GoalLevel.UNIT && d.ownerUnitId() != null) {
            List<Long> above = people.unitChain(d.ownerUnitId());
            if (above.indexOf(parent.ownerUnitId()) < 1) {
                errors.put("parent", "A unit goal ladders up to a company goal or a goal of a unit above it; “"
                        + parent.title() + "” belongs to a unit that is not above this one.");
            }
        }
        return parent;
    }

    private void checkContributions(GoalDraft d, Goal existing, Map<String, String> errors) {
        if (d.contributesTo().isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(d.contributesTo());
        if (ids.size() > MAX_CONTRIBUTIONS) {
            errors.put("contributesTo", "Name at most " + MAX_CONTRIBUTIONS + " goals this one contributes to.");
            return;
        }
        if (existing != null && ids.contains(existing.getId())) {
            errors.put("contributesTo", "A goal cannot contribute to itself.");
            return;
        }
        if (d.parentId() != null && ids.contains(d.parentId())) {
            errors.put("contributesTo", "The goal it ladders up to is already its parent; name other goals here.");
            return;
        }
        Set<Long> before = existing == null ? Set.of() : existing.getContributesTo();
        List<GoalStore.Row> rows = store.byIds(ids);
        if (rows.size() < ids.size()) {
            errors.put("contributesTo", "There is no such goal you can see.");
            return;
        }
        for (GoalStore.Row r : rows) {
            if (!before.contains(r.id()) && !access.maySee(r.visibility(), r.ownerPersonId())) {
                errors.put("contributesTo", "There is no such goal you can see.");
                return;
            }
            if (!before.contains(r.id()) && r.status() == GoalStatus.ABANDONED) {
                errors.put("contributesTo", "“" + r.title() + "” is abandoned.");
                return;
            }
        }
    }

    /**
     * Links to goals the editor cannot see (someone else linked them, or they turned private) are not shown to the
     * editor, so they are not in the draft either: they stay as they are.
     */
    private GoalDraft keepHiddenLinks(Goal goal, GoalDraft d) {
        if (goal.getContributesTo().isEmpty()) {
            return d;
        }
        List<Long> hidden = store.byIds(goal.getContributesTo()).stream()
                .filter(r -> !access.maySee(r.visibility(), r.ownerPersonId())).map(GoalStore.Row::id).toList();
        if (hidden.isEmpty()) {
            return d;
        }
        Set<Long> links = new LinkedHashSet<>(d.contributesTo());
        links.addAll(hidden);
        return new GoalDraft(d.level(), d.title(), d.description(), d.ownerUnitId(), d.ownerPersonId(), d.parentId(),
                List.copyOf(links), d.pillar(), d.periodStart(), d.periodEnd(), d.visibility(), d.keyResults(),
                d.reason());
    }

    /** What a goal needs before it is worked on: a complete period, and a personal goal at least one key result. */
    private void readyForWork(Goal goal) {
        if (goal.getLevel() == GoalLevel.PERSONAL && goal.getKeyResults().isEmpty()) {
            throw new ValidationException(Map.of("keyResults", "Add at least one key result: it says how you will "
                    + "know the goal is reached."));
        }
        if (goal.getParentId() != null) {
            GoalStore.Row parent = store.byIds(List.of(goal.getParentId())).get(0);
            if (parent.status() == GoalStatus.DRAFT) {
                throw new ValidationException(Map.of("parent", "“" + parent.title() + "” is still a draft: it must "
                        + "be active first."));
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Goal editable(long goalId, long expectedVersion) {
        Goal goal = goals.findById(goalId).orElseThrow(() -> new AccessDeniedException("You cannot see this goal."));
        if (!access.maySee(goal.getVisibility(), goal.getOwnerPersonId())) {
            throw new AccessDeniedException("You cannot see this goal.");
        }
        if (!access.mayEdit(goal.getLevel(), goal.getOwnerUnitId(), goal.getOwnerPersonId())) {
            throw new AccessDeniedException("You may not change this goal.");
        }
        if (goal.getVersion() != expectedVersion) {
            throw conflict();
        }
        if (goal.getStatus().isClosed()) {
            throw new ValidationException(Map.of("status", "This goal is " + goal.getStatus().label().toLowerCase()
                    + ": closed goals do not change."));
        }
        return goal;
    }

    private void applyFields(Goal goal, GoalDraft d) {
        goal.setTitle(d.title().trim());
        goal.setDescription(blankToNull(d.description()));
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
            String unit = blankToNull(d.unit());
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

    private void moveUnder(Goal goal, GoalStore.Row parent, Long oldParent, String oldPath) {
        String newPath = (parent == null ? "/" : parent.path()) + goal.getId() + "/";
        int newDepth = parent == null ? 0 : parent.path().split("/").length - 1;
        store.move(goal.getId(), oldPath, oldParent, parent == null ? null : parent.id(), newPath,
                newDepth - goal.getDepth());
        goal.placeAt(parent == null ? null : parent.id(), newPath, newDepth);
        if (parent == null) {
            if (goal.getOrphanSince() == null && goal.getLevel() != GoalLevel.COMPANY) {
                goal.setOrphanSince(now());
            }
        } else {
            goal.setOrphanSince(null);
            goal.setJustification(null);
        }
        flush(goal);
    }

    /** The goal's own progress (key results, or its children), then the chain above it. */
    private void refreshProgress(Goal goal) {
        double own = goal.getKeyResults().isEmpty() ? store.childAverage(goal.getId())
                : Progress.ofKeyResults(goal.getKeyResults());
        store.setProgress(goal.getId(), own);
        goal.setProgressValue(own);
        store.rollUp(goal.getPath());
    }

    private GoalRevision revise(Goal goal, String kind, List<String> lines, String reason, boolean material) {
        Optional<LadderUser> user = access.currentUser();
        int number = revisions.lastNumber(goal.getId()) + 1;
        return revisions.save(new GoalRevision(goal.getId(), number, user.map(LadderUser::personId).orElse(null),
                user.map(LadderUser::displayName).orElse("Ladder"), now(), kind, lines, reason, material));
    }

    private record Approver(long personId, String username, String name) {
    }

    private Optional<Approver> approver(Goal goal) {
        if (goal.getOwnerPersonId() == null) {
            return Optional.empty();
        }
        List<Long> chain = people.managerChain(goal.getOwnerPersonId());
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        long manager = chain.get(0);
        Optional<String> username = people.usernameOf(manager);
        return username.map(u -> new Approver(manager, u, people.findByUsername(u).map(PersonSummary::displayName)
                .orElse(u)));
    }

    private String approverName(Goal goal) {
        return approver(goal).map(Approver::name).orElse("the approver");
    }

    private String ownerUsername(Goal goal) {
        return people.usernameOf(goal.getOwnerPersonId()).orElseThrow();
    }

    private String ownerName(Goal goal) {
        return people.findByUsername(ownerUsername(goal)).map(PersonSummary::displayName).orElse("The owner");
    }

    private String goalTitle(Long goalId) {
        if (goalId == null) {
            return "nothing";
        }
        return store.byIds(List.of(goalId)).stream().findFirst().map(r -> "“" + r.title() + "”").orElse("nothing");
    }

    private TaskInfo openTask(String taskId, String processKey, String taskKey) {
        TaskInfo task = inbox.task(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(
                "This task is no longer open: it may have been completed in another tab or by someone else."));
        if (!processKey.equals(task.processDefinitionKey()) || !taskKey.equals(task.taskDefinitionKey())) {
            throw new AccessDeniedException("This is not that kind of goal task.");
        }
        return task;
    }

    private Goal byTask(TaskInfo task, long goalId) {
        return goals.findById(goalId).orElseThrow(() -> new TaskAlreadyCompletedException(
                "The goal of this task no longer exists."));
    }

    /** Tells the goal's owner (a unit goal: the unit's head) about a decision, unless they took it themselves. */
    private void tellOwner(Goal goal, String title, String body) {
        Optional<Long> owner = goal.getOwnerPersonId() != null ? Optional.of(goal.getOwnerPersonId())
                : goal.getOwnerUnitId() == null ? Optional.empty() : people.headOf(goal.getOwnerUnitId());
        owner.filter(id -> id != access.user().personId()).ifPresent(id -> events.publishEvent(new WorkDecided(
                List.of(id), title.length() > 200 ? title.substring(0, 197) + "..." : title,
                body.length() > 1000 ? body.substring(0, 997) + "..." : body, "goal/" + goal.getId())));
    }

    /** Nobody approves their own goal (an escalation may offer the task to a group the owner belongs to). */
    private void notOwnGoal(Goal goal) {
        if (goal.getOwnerPersonId() != null && goal.getOwnerPersonId() == access.user().personId()) {
            throw new AccessDeniedException("You cannot approve or return your own goal: someone else decides.");
        }
    }

    private static String comment(String comment, boolean required) {
        String text = blankToNull(comment);
        if (required && text == null) {
            throw new ValidationException(Map.of("comment", "Say what should change before returning the goal."));
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw new ValidationException(Map.of("comment", "Keep the comment under " + MAX_COMMENT + " characters."));
        }
        return text;
    }

    private void flush(Goal goal) {
        try {
            goals.saveAndFlush(goal);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
    }

    private Instant now() {
        return access.clock().instant();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static ConcurrentEditException conflict() {
        return new ConcurrentEditException("Someone else saved this goal meanwhile. Your changes were not saved: "
                + "reload to see theirs, then make yours again.");
    }
}
