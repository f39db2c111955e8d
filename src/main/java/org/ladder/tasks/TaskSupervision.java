package org.ladder.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who oversee others' work act on their open tasks: remind whoever can act on a task now, or give it to
 * someone else. Allowed to HR and administrators for any task, and to a manager for the tasks assigned to people
 * below them in the reporting line (a reassignment by a manager goes to themselves or to someone below them).
 * Callers that show a narrower set (the cycle page: one cycle, a manager's own units) check that first; this service
 * checks the caller again. Both actions are audited; the reminder reaches people as {@link TaskReminderDue}, the new
 * assignee as {@link TaskAssigned} (from the engine's assignment listener). A task is reminded about at most once per
 * {@code ladder.tasks.remind-interval} (a day), whoever sends it ({@link RemindedRecentlyException}), so that
 * clicking again and again does not flood people with notifications and e-mail.
 */
@Service
@Transactional
public class TaskSupervision {

    private final TaskService tasks;
    private final TaskNudges nudges;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TaskReminderLog reminders;
    private final Clock clock;
    private final Duration remindInterval;

    TaskSupervision(TaskService tasks, TaskNudges nudges, PeopleService people, CurrentUser currentUser,
            AuditLog audit, TaskReminderLog reminders, Clock clock,
            @Value("${ladder.tasks.remind-interval:PT24H}") Duration remindInterval) {
        this.reminders = reminders;
        this.clock = clock;
        this.remindInterval = remindInterval;
        this.tasks = tasks;
        this.nudges = nudges;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the caller may remind about or reassign this open task (false when it is not open). */
    @Transactional(readOnly = true)
    public boolean maySupervise(String taskId) {
        Optional<LadderUser> user = currentUser.get();
        Task task = taskId == null ? null : open(taskId);
        return user.isPresent() && task != null && allowed(user.get(), task);
    }

    /**
     * Reminds whoever can act on the open task now (its assignee, or else its candidates).
     *
     * @return how many people were reminded
     * @throws TaskAlreadyCompletedException when the task is no longer open
     * @throws AccessDeniedException         when the caller may not oversee it
     * @throws RemindedRecentlyException     when someone reminded about it less than the interval ago (nothing sent)
     */
    public int remind(String taskId) {
        LadderUser user = currentUser.require();
        Task task = requireOpen(taskId);
        requireAllowed(user, task);
        int reminded = nudges.remind(task);
        if (reminded == 0) {
            return 0; // nobody to remind: nothing sent, nothing to hold back
        }
        Instant now = clock.instant();
        Optional<TaskReminderLog.Sent> recent = reminders.claim(task.getId(), user.getUsername(), now,
                now.minus(remindInterval));
        if (recent.isPresent()) {
            // the transaction rolls back: the reminder's notifications (written before commit) are not sent
            throw new RemindedRecentlyException(recent.get().at(), recent.get().by(),
                    recent.get().at().plus(remindInterval));
        }
        audit.record("task.reminded", "task", task.getId(), task.getName() + ": " + reminded + " reminded by "
                + user.getUsername() + "; the next reminder can go from " + now.plus(remindInterval));
        return reminded;
    }


    /**
     * Gives the open task to another active person (the assignee from now on).
     *
     * @throws TaskAlreadyCompletedException when the task is no longer open
     * @throws AccessDeniedException         when the caller may not oversee it or give it to that person
     * @throws IllegalArgumentException      when the person is unknown, inactive or already its assignee
     */
    public void reassign(String taskId, long personId) {
        LadderUser user = currentUser.require();
        Task task = requireOpen(taskId);
        requireAllowed(user, task);
        PersonSummary to = people.summaries(java.util.List.of(personId)).stream().findFirst()
                .filter(PersonSummary::active)
                .orElseThrow(() -> new IllegalArgumentException("Choose an active person to give the task to."));
        String username = people.usernameOf(personId)
                .orElseThrow(() -> new IllegalArgumentException("That person cannot sign in, so cannot take the task."));
        if (username.equals(task.getAssignee())) {
            throw new IllegalArgumentException(to.displayName() + " already has this task.");
        }
        if (!overseesAll(user) && personId != user.personId() && !below(personId, user.personId())) {
            throw new AccessDeniedException("You can give a task only to yourself or to someone in your team.");
        }
        String from = task.getAssignee();
        tasks.setAssignee(task.getId(), username);
        audit.record("task.reassigned", "task", task.getId(), task.getName() + ": from "
                + (from == null ? "nobody" : from) + " to " + username + " by " + user.getUsername());
    }

    /** When the open task was created (for callers that show how long it has waited); empty unless overseen. */
    @Transactional(readOnly = true)
    public Optional<Instant> createdAt(String taskId) {
        Optional<LadderUser> user = currentUser.get();
        Task task = taskId == null ? null : open(taskId);
        return task == null || user.isEmpty() || !allowed(user.get(), task) || task.getCreateTime() == null
                ? Optional.empty()
                : Optional.of(task.getCreateTime().toInstant());
    }

    private Task open(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).active().singleResult();
    }

    private Task requireOpen(String taskId) {
        Task task = taskId == null ? null : open(taskId);
        if (task == null) {
            throw new TaskAlreadyCompletedException("This task is no longer open.");
        }
        return task;
    }

    private void requireAllowed(LadderUser user, Task task) {
        if (!allowed(user, task)) {
            throw new AccessDeniedException("You may not act on this task.");
        }
    }

    private boolean allowed(LadderUser user, Task task) {
        if (overseesAll(user)) {
            return true;
        }
        if (!user.hasRole(Role.MANAGER) || task.getAssignee() == null) {
            return false;
        }
        return people.findByUsername(task.getAssignee()).map(p -> below(p.id(), user.personId())).orElse(false);
    }

    private static boolean overseesAll(LadderUser user) {
        return user.hasRole(Role.HR) || user.hasRole(Role.ADMIN);
    }

    /** Whether {@code personId} reports, directly or not, to {@code managerId}. */
    private boolean below(long personId, long managerId) {
        return personId != managerId && people.managerChain(personId).contains(managerId);
    }
}
