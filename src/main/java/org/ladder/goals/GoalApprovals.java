package org.ladder.goals;

import java.util.List;
import java.util.Map;

import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of {@code goal-approval}, each from the task of the person who takes it. The service owns each
 * decision: it changes the goal ({@code goal.approve()} makes a draft active at once), records the revision,
 * publishes the event and completes the task, in one transaction; the process only routes.
 */
@Service
@Transactional
public class GoalApprovals {

    private final EditableGoals editable;
    private final GoalRules rules;
    private final GoalTree tree;
    private final GoalHistory history;
    private final GoalPeople goalPeople;
    private final GoalAccess access;
    private final InboxService inbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    GoalApprovals(EditableGoals editable, GoalRules rules, GoalTree tree, GoalHistory history, GoalPeople goalPeople,
            GoalAccess access, InboxService inbox, AuditLog audit, ApplicationEventPublisher events) {
        this.editable = editable;
        this.rules = rules;
        this.tree = tree;
        this.history = history;
        this.goalPeople = goalPeople;
        this.access = access;
        this.inbox = inbox;
        this.audit = audit;
        this.events = events;
    }

    /** The approver approves (optionally with a comment): a draft becomes active, an active goal's change stands. */
    public void approve(String taskId, String comment) {
        Goal goal = decidedBy(taskId, GoalApprovalProcess.TASK_APPROVE);
        String text = GoalRules.comment(comment, false);
        if (goal.isClosed()) {
            throw new ValidationException(Map.of("status", "This goal is " + goal.getStatus().label().toLowerCase()
                    + ": there is nothing to approve."));
        }
        boolean becameActive = goal.approve(editable.now());
        editable.save(goal);
        if (becameActive) {
            tree.refreshProgress(goal);
        }
        history.record(goal, "APPROVED", List.of("Approved by " + access.user().displayName()), text, false);
        inbox.complete(taskId, GoalApprovalProcess.approved());
        events.publishEvent(new GoalApproved(goal.getId(), goal.getTitle(), goalPeople.toTell(goal).orElse(null),
                access.user().personId(), text, becameActive));
        audit.record("goal.approved", "goal", goal.getId(), text);
    }

    /** The approver returns the goal to its owner with a comment (required). */
    public void returnForChanges(String taskId, String comment) {
        Goal goal = decidedBy(taskId, GoalApprovalProcess.TASK_APPROVE);
        String text = GoalRules.comment(comment, true);
        goal.returnForChanges(text, editable.now());
        editable.save(goal);
        history.record(goal, "RETURNED", List.of("Returned by " + access.user().displayName()), text, false);
        inbox.complete(taskId, GoalApprovalProcess.returned());
        audit.record("goal.returned", "goal", goal.getId(), text);
    }

    /** The owner sends the revised goal back to the approver. */
    public void resubmit(String taskId) {
        Goal goal = revisedBy(taskId);
        if (goal.isClosed()) {
            throw new ValidationException(Map.of("status", "This goal is " + goal.getStatus().label().toLowerCase()
                    + ": there is nothing to resubmit."));
        }
        rules.readyForWork(goal);
        goal.submit(editable.now());
        editable.save(goal);
        history.record(goal, "RESUBMITTED", List.of("Resubmitted for approval"), null, false);
        inbox.complete(taskId, GoalApprovalProcess.resubmitted());
        audit.record("goal.resubmitted", "goal", goal.getId(), goal.getTitle());
    }

    /** The owner withdraws a returned draft: it stays a draft, the approval ends. */
    public void withdraw(String taskId) {
        Goal goal = revisedBy(taskId);
        if (goal.getStatus() != GoalStatus.DRAFT) {
            throw new ValidationException(Map.of("status", "This active goal's change was returned: change it back "
                    + "or revise it, then resubmit — or abandon the goal."));
        }
        goal.withdraw(editable.now());
        editable.save(goal);
        history.record(goal, "WITHDRAWN", List.of("Withdrawn from approval; still a draft"), null, false);
        inbox.complete(taskId, GoalApprovalProcess.withdrawn());
        audit.record("goal.withdrawn", "goal", goal.getId(), goal.getTitle());
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

    /** The goal of the caller's approval task; nobody approves or returns their own goal. */
    private Goal decidedBy(String taskId, String taskKey) {
        TaskInfo task = editable.openTask(taskId, GoalApprovalProcess.KEY, taskKey);
        Goal goal = editable.ofTask(GoalApprovalProcess.goalId(task.businessKey()));
        // an escalation may offer the task to a group the owner belongs to
        if (goal.getOwnerPersonId() != null && goal.getOwnerPersonId() == access.user().personId()) {
            throw new AccessDeniedException("You cannot approve or return your own goal: someone else decides.");
        }
        return goal;
    }

    private Goal revisedBy(String taskId) {
        TaskInfo task = editable.openTask(taskId, GoalApprovalProcess.KEY, GoalApprovalProcess.TASK_REVISE);
        return editable.ofTask(GoalApprovalProcess.goalId(task.businessKey()));
    }
}
