package org.ladder.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.workflow.ProcessVariables;

/**
 * The task inbox: the engine's user tasks for the signed-in person. Implemented in this module; every method
 * but {@link #subjectsFor} checks the caller.
 */
public interface InboxService {

    /** Open tasks assigned to the caller, due first (tasks without a due date last), then oldest first. */
    List<TaskInfo> myTasks(long offset, int limit);

    long countMyTasks();

    /** Unassigned tasks offered to one of the caller's groups (roles) or to the caller as a candidate. */
    List<TaskInfo> groupTasks(long offset, int limit);

    long countGroupTasks();

    /** Open tasks assigned to the caller's direct reports (managers only; empty otherwise). */
    List<TaskInfo> teamTasks(long offset, int limit);

    long countTeamTasks();

    /** Mine plus my groups' unassigned ones: the number on the navigation badge. */
    long openCount();

    /** A task the caller may see (assigned to them, offered to them or their groups, or to their report). */
    Optional<TaskInfo> task(String taskId);

    /**
     * A task that is no longer open, for the task page to say what became of it: who completed it (the caller
     * themselves, or a colleague) or that it was withdrawn. Empty when it never existed, is still open, or the
     * caller had nothing to do with it (neither its assignee, nor offered it, nor the assignee's manager).
     */
    Optional<ClosedTask> closedTask(String taskId);

    /**
     * What open task {@code taskId} is about for each of these people, as each may see it (named by the feature's
     * {@link TaskSubjects}); a person left out gets no subject. The one method without a caller check: notifications
     * ask for their recipients while nobody may be signed in (the engine's job executor), and each answer is
     * already cut to what that person may see.
     */
    Map<Long, String> subjectsFor(String taskId, Collection<Long> personIds);

    /**
     * {@link #subjectsFor(String, Collection)} for many tasks at once, by task id: a few statements for all of them
     * (the tasks, their definitions and instances, then one call per feature), not a few per task. Same rules: no
     * caller check, each answer cut to what that person may see; a task that is not open names nothing.
     */
    Map<String, Map<Long, String>> subjectsFor(Map<String, ? extends Collection<Long>> personIdsByTask);

    void claim(String taskId);

    void unclaim(String taskId);

    /**
     * Completes a task the caller may work on, inside the caller's transaction (so the domain change and the
     * completion commit together).
     *
     * @throws TaskAlreadyCompletedException when the task no longer exists
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not complete it
     */
    void complete(String taskId, Map<String, Object> variables);

    /** {@link #complete(String, Map)} with the completion variables a process contract built. */
    default void complete(String taskId, ProcessVariables variables) {
        complete(taskId, variables.asMap());
    }
}
