package org.ladder.goals;

import java.time.Instant;
import java.util.Map;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskInfo;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loading a goal to change it, with the checks every use case makes first (the caller may see and edit it, nobody
 * saved it meanwhile, it is not closed), or through the open goal task the caller works on; and saving it, with a
 * concurrent edit told to the user.
 */
@Component
class EditableGoals {

    private final GoalRepository goals;
    private final GoalAccess access;
    private final InboxService inbox;

    EditableGoals(GoalRepository goals, GoalAccess access, InboxService inbox) {
        this.goals = goals;
        this.access = access;
        this.inbox = inbox;
    }

    /** A goal the caller may edit, still at {@code expectedVersion}, and not closed. */
    Goal edit(long goalId, long expectedVersion) {
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
        if (goal.isClosed()) {
            throw new ValidationException(Map.of("status", "This goal is " + goal.getStatus().label().toLowerCase()
                    + ": closed goals do not change."));
        }
        return goal;
    }

    /** The open task of that kind the caller may work on (the inbox checks who may). */
    TaskInfo openTask(String taskId, String processKey, String taskKey) {
        TaskInfo task = inbox.task(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(
                "This task is no longer open: it may have been completed in another tab or by someone else."));
        if (!processKey.equals(task.processDefinitionKey()) || !taskKey.equals(task.taskDefinitionKey())) {
            throw new AccessDeniedException("This is not that kind of goal task.");
        }
        return task;
    }

    /** The goal a task is about. */
    Goal ofTask(long goalId) {
        return goals.findById(goalId).orElseThrow(() -> new TaskAlreadyCompletedException(
                "The goal of this task no longer exists."));
    }

    /** Writes the goal now, so that a concurrent edit fails here with a message and nothing is half-saved. */
    void save(Goal goal) {
        try {
            goals.saveAndFlush(goal);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
    }

    Instant now() {
        return access.clock().instant();
    }

    private static ConcurrentEditException conflict() {
        return new ConcurrentEditException("Someone else saved this goal meanwhile. Your changes were not saved: "
                + "reload to see theirs, then make yours again.");
    }
}
