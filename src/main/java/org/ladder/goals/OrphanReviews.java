package org.ladder.goals;

import java.util.List;
import java.util.Map;

import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.goals.GoalRules.Checked;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision of {@code orphan-goal-review}: the owner's manager (or HR) aligns an orphan goal below another goal,
 * keeps it on its own with a justification, or retires it. Like every decision, the service changes the goal,
 * records it, publishes {@link OrphanResolved} and completes the task in one transaction.
 */
@Service
@Transactional
public class OrphanReviews {

    private final EditableGoals editable;
    private final GoalRules rules;
    private final GoalTree tree;
    private final GoalHistory history;
    private final GoalPeople goalPeople;
    private final GoalPlanning planning;
    private final GoalQueries queries;
    private final GoalAccess access;
    private final InboxService inbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    OrphanReviews(EditableGoals editable, GoalRules rules, GoalTree tree, GoalHistory history, GoalPeople goalPeople,
            GoalPlanning planning, GoalQueries queries, GoalAccess access, InboxService inbox, AuditLog audit,
            ApplicationEventPublisher events) {
        this.editable = editable;
        this.rules = rules;
        this.tree = tree;
        this.history = history;
        this.goalPeople = goalPeople;
        this.planning = planning;
        this.queries = queries;
        this.access = access;
        this.inbox = inbox;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The manager's decision on an orphan goal: align it below {@code newParentId}, justify it (it stays, marked,
     * with the reason), or retire it (abandoned, with the reason).
     *
     * @return false when the goal was settled meanwhile (aligned, justified or closed): the task is closed and
     *         nothing changed
     */
    public boolean resolveOrphan(String taskId, OrphanResolution resolution, Long newParentId, String reason) {
        TaskInfo task = editable.openTask(taskId, OrphanGoalProcess.KEY, OrphanGoalProcess.TASK_RESOLVE);
        Goal goal = editable.ofTask(OrphanGoalProcess.goalId(task.businessKey()));
        if (resolution == null) {
            throw new ValidationException(Map.of("resolution", "Choose: align, justify or retire."));
        }
        if (!goal.isUnresolvedOrphan()) {
            // settled meanwhile (aligned, justified or closed by someone else): nothing left to decide
            inbox.complete(taskId, OrphanGoalProcess.settled());
            audit.record("goal.orphan.settled", "goal", goal.getId(), "no longer an orphan when " + resolution);
            return false;
        }
        String why = GoalRules.reason(reason);
        switch (resolution) {
            case ALIGN -> align(goal, newParentId, why);
            case JUSTIFY -> {
                if (why == null) {
                    throw new ValidationException(Map.of("reason", "Say why this goal stands on its own."));
                }
                goal.justify(why, editable.now());
                editable.save(goal);
                history.record(goal, "JUSTIFIED", List.of("Kept without a parent goal"), why, false);
            }
            case RETIRE -> {
                if (why == null) {
                    throw new ValidationException(Map.of("reason", "Say why the goal is retired."));
                }
                planning.close(goal, GoalStatus.ABANDONED, why, "RETIRED");
            }
            default -> throw new IllegalStateException();
        }
        inbox.complete(taskId, OrphanGoalProcess.resolved(resolution));
        audit.record("goal.orphan." + resolution.name().toLowerCase(), "goal", goal.getId(), why);
        events.publishEvent(new OrphanResolved(goal.getId(), goal.getTitle(), goalPeople.toTell(goal).orElse(null),
                access.user().personId(), resolution, why));
        return true;
    }

    private void align(Goal goal, Long newParentId, String why) {
        if (newParentId == null) {
            throw new ValidationException(Map.of("parent", "Choose the goal it ladders up to."));
        }
        GoalDraft current = queries.details(goal).toDraft(why);
        GoalDraft draft = new GoalDraft(current.level(), current.title(), current.description(),
                current.ownerUnitId(), current.ownerPersonId(), newParentId, current.contributesTo(),
                current.pillar(), current.periodStart(), current.periodEnd(), current.visibility(),
                current.keyResults(), why);
        if (newParentId.equals(goal.getParentId())) {
            throw new ValidationException(Map.of("parent", "It already ladders up to that goal, which is "
                    + "why it is an orphan: choose an active goal."));
        }
        Checked checked = rules.validate(draft, goal);
        Long oldParent = goal.getParentId();
        String oldPath = goal.getPath();
        String before = history.titleOf(oldParent);
        goal.touch(editable.now());
        editable.save(goal);
        tree.moveUnder(goal, checked.parent(), oldParent, oldPath);
        tree.refreshProgress(goal);
        history.record(goal, "ALIGNED", List.of("Ladders up to: " + before + " → " + checked.parent().title()), why,
                true);
    }
}
