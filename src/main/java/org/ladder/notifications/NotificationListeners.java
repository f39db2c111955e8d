package org.ladder.notifications;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.goals.GoalApproved;
import org.ladder.goals.OrphanResolved;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementCampaignClosed;
import org.ladder.tasks.AcknowledgementCampaignCompleted;
import org.ladder.tasks.AcknowledgementReminderDue;
import org.ladder.tasks.Acknowledged;
import org.ladder.tasks.AcknowledgementsEscalated;
import org.ladder.tasks.AcknowledgementsRequested;
import org.ladder.tasks.TaskAssigned;
import org.ladder.tasks.TaskClosed;
import org.ladder.tasks.TaskEscalated;
import org.ladder.tasks.TaskReminderDue;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns other modules' events into notifications. Every listener runs just before the publishing transaction
 * commits ({@code BEFORE_COMMIT}; task assignments are collected and written together then), so a notification commits with the change that caused it, or not at all, and
 * is written only once that change is complete (a campaign's requests all exist). An event published outside a
 * transaction is handled at once, in a transaction of its own.
 * <p>
 * A notification about work names it (a task's subject as the recipient may see it: a private goal's title only
 * for those who may read it) and carries its subject key ({@link #taskSubject}, {@link #ackSubject}), so that it is
 * marked done when the work is done: the task completed or withdrawn (whoever completed it), the change
 * acknowledged, the campaign completed or closed.
 */
@Component
class NotificationListeners {

    private static final Logger log = LoggerFactory.getLogger(NotificationListeners.class);

    private final NotificationService notifications;
    private final PeopleService people;
    private final ObjectProvider<CampaignAudience> audiences;
    private final ObjectProvider<InboxService> inbox;
    private final CurrentUser currentUser;
    private final DateTimeFormatter dueFormat;

    NotificationListeners(NotificationService notifications, PeopleService people,
            ObjectProvider<CampaignAudience> audiences, ObjectProvider<InboxService> inbox,
            CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.people = people;
        this.audiences = audiences;
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.dueFormat = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(clock.getZone());
    }

    /**
     * The assignee, or else the active members of the candidate groups (roles). Collected per transaction and
     * written just before it commits, all of them at once ({@link #assigned}): a launch job that creates 200 tasks
     * costs a few statements, not a few per task. Published outside a transaction: handled at once.
     */
    @EventListener
    void on(TaskAssigned event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            assigned(List.of(event));
            return;
        }
        Assignments pending = (Assignments) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Assignments created = new Assignments();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return 0; // among the BEFORE_COMMIT listeners, in the order of registration
                }

                @Override
                public void beforeCommit(boolean readOnly) {
                    created.done = true;
                    assigned(created.drain());
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NotificationListeners.this);
                }
            });
            pending = created;
        }
        if (pending.done) {
            assigned(List.of(event)); // published by another listener after the batch was written
        } else {
            pending.events.add(event);
        }
    }

    /** The task assignments of one transaction not written yet. */
    private static final class Assignments {
        final List<TaskAssigned> events = new ArrayList<>();
        boolean done;

        List<TaskAssigned> drain() {
            List<TaskAssigned> drained = List.copyOf(events);
            events.clear();
            return drained;
        }
    }

    /** Writes the transaction's pending task notifications now (before one of them is marked done). */
    private void writePendingAssignments() {
        Assignments pending = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Assignments) TransactionSynchronizationManager.getResource(this) : null;
        if (pending != null) {
            assigned(pending.drain());
        }
    }

    /**
     * The notifications of these assignments: assignees in one statement, the members of each distinct set of
     * candidate groups in one, every task's subject for its recipients in one batch ({@link InboxService#subjectsFor(
     * Map)}), all rows in one JDBC batch. The same words as one at a time.
     */
    private void assigned(List<TaskAssigned> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, Long> assignees = people.activeIdsByUsername(events.stream().map(TaskAssigned::assignee)
                .filter(a -> a != null && !a.isBlank()).toList());
        Long me = currentUser.get().map(u -> u.personId()).orElse(null);
        Map<Set<Role>, List<Long>> members = new HashMap<>();
        List<Map.Entry<TaskAssigned, List<Long>>> recipients = new ArrayList<>();
        Map<String, Set<Long>> byTask = new LinkedHashMap<>();
        for (TaskAssigned event : events) {
            List<Long> ids;
            if (event.assignee() != null && !event.assignee().isBlank()) {
                Long id = assignees.get(event.assignee());
                if (id == null) {
                    log.warn("Task {} assigned to unknown or inactive user '{}': nobody notified", event.taskId(),
                            event.assignee());
                    continue;
                }
                if (id.equals(me)) {
                    continue; // they took it themselves
                }
                ids = List.of(id);
            } else {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                if (event.candidateGroups() != null) {
                    event.candidateGroups().forEach(g -> Role.parse(g).ifPresent(roles::add));
                }
                if (roles.isEmpty()) {
                    continue;
                }
                ids = members.computeIfAbsent(roles, people::activePersonIdsWithAnyRole);
            }
            recipients.add(Map.entry(event, ids));
            byTask.computeIfAbsent(event.taskId(), t -> new LinkedHashSet<>()).addAll(ids);
        }
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, Map<Long, String>> subjects = subjectsOf(byTask);
        List<NotificationService.Note> notes = new ArrayList<>();
        for (Map.Entry<TaskAssigned, List<Long>> entry : recipients) {
            TaskAssigned event = entry.getKey();
            String title = "New task: " + taskName(event.taskName());
            String due = event.due() == null ? "" : " Due " + dueFormat.format(event.due()) + ".";
            String body = event.assignee() != null && !event.assignee().isBlank() ? "It is assigned to you." + due
                    : "Offered to " + groupLabels(event.candidateGroups()) + ": claim it in your task inbox." + due;
            Map<Long, String> named = subjects.getOrDefault(event.taskId(), Map.of());
            for (Long id : entry.getValue()) {
                notes.add(new NotificationService.Note(id, TaskNames.withSubject(title, named.get(id)), body,
                        "task/" + event.taskId(), taskSubject(event.taskId())));
            }
        }
        notifications.notifyEach(NotificationKind.TASK, notes);
    }

    private static String groupLabels(List<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.parse(g).ifPresent(roles::add));
        return roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    /** What each task is about for each of its recipients; nothing when that cannot be told (see below). */
    private Map<String, Map<Long, String>> subjectsOf(Map<String, ? extends java.util.Collection<Long>> byTask) {
        InboxService lookup = inbox.getIfAvailable();
        if (lookup == null || byTask.isEmpty()) {
            return Map.of();
        }
        try {
            return lookup.subjectsFor(byTask);
        } catch (RuntimeException e) {
            log.warn("Tasks {}: their subjects could not be named in notifications: {}", byTask.keySet(),
                    e.toString());
            return Map.of();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AcknowledgementsRequested event) {
        audience(event.campaignId()).ifPresent(audience -> notifications.notify(
                audience.pendingPeople(event.campaignId(), null), NotificationKind.ACKNOWLEDGE,
                "Please acknowledge: " + event.title(), "Please read it and confirm that you have.", event.link(),
                ackSubject(event.campaignId())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AcknowledgementReminderDue event) {
        audience(event.campaignId()).ifPresent(audience -> notifications.notify(
                audience.pendingPeople(event.campaignId(), event.unitId()), NotificationKind.REMINDER,
                "Reminder: please acknowledge " + event.title(),
                "You have not acknowledged it yet. Please read it and confirm that you have.", event.link(),
                ackSubject(event.campaignId())));
    }

    /** Each recipient learns how many of the people they answer for are late; one bulk write per count. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AcknowledgementsEscalated event) {
        Map<Long, List<Long>> recipientsByCount = new TreeMap<>();
        event.pendingByRecipient().forEach((recipient, pending) -> {
            if (recipient != null && pending != null && pending > 0) {
                recipientsByCount.computeIfAbsent(pending, n -> new ArrayList<>()).add(recipient);
            }
        });
        String body = event.level() == AcknowledgementsEscalated.Level.HR
                ? "Please follow up with their managers."
                : "Please remind them: it takes a minute.";
        recipientsByCount.forEach((pending, recipients) -> notifications.notify(recipients,
                NotificationKind.ESCALATION, escalationTitle(pending, event.title()), body, event.link(),
                lateSubject(event.campaignId())));
    }

    /** The people who can act on a task that has waited too long. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TaskReminderDue event) {
        String since = event.waitingSince() == null ? "" : " since " + dueFormat.format(event.waitingSince());
        String body = "It has been waiting for you" + since + ". Please open it in your task inbox.";
        byTitle("Reminder: " + taskName(event.taskName()), event.taskId(), event.personIds()).forEach((title, ids) ->
                notifications.notify(ids, NotificationKind.REMINDER, title, body, event.link(),
                        taskSubject(event.taskId())));
    }

    /** The people a late task was escalated to: they may now act on it themselves. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TaskEscalated event) {
        String since = event.waitingSince() == null ? "" : " since " + dueFormat.format(event.waitingSince());
        String who = event.waitingFor() == null || event.waitingFor().isBlank() ? "It has been waiting"
                : "It has been waiting for " + event.waitingFor();
        String body = who + since + ". It is now offered to you as well: please see that it gets done.";
        byTitle("Overdue: " + taskName(event.taskName()), event.taskId(), event.personIds()).forEach((title, ids) ->
                notifications.notify(ids, NotificationKind.ESCALATION, title, body, event.link(),
                        taskSubject(event.taskId())));
    }

    /** The owner of an approved goal, unless they approved it themselves. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(GoalApproved event) {
        tellOwner(event.ownerPersonId(), event.approverPersonId(), "Your goal was approved: " + event.title(),
                nameOf(event.approverPersonId()) + " approved it" + said(event.comment()), goalLink(event.goalId()));
    }

    /** The owner of an orphan goal (a unit goal: the unit's head) someone decided about. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(OrphanResolved event) {
        String title = switch (event.resolution()) {
            case ALIGN -> "Your goal now ladders up to another goal: ";
            case JUSTIFY -> "Your goal stays on its own, justified: ";
            case RETIRE -> "Your goal was retired: ";
        };
        tellOwner(event.ownerPersonId(), event.resolverPersonId(), title + event.title(),
                nameOf(event.resolverPersonId()) + " decided about this goal, which laddered up to nothing"
                        + said(event.reason()), goalLink(event.goalId()));
    }

    private void tellOwner(Long ownerPersonId, long decidedBy, String title, String body, String link) {
        if (ownerPersonId == null || ownerPersonId == decidedBy) {
            return;
        }
        notifications.notify(List.of(ownerPersonId), NotificationKind.OUTCOME, shorten(title, 200),
                shorten(body, 1000), link);
    }

    private String nameOf(long personId) {
        return people.summaries(List.of(personId)).stream().findFirst().map(PersonSummary::displayName)
                .orElse("Someone");
    }

    private static String said(String text) {
        return text == null ? "." : ": " + text;
    }

    private static String goalLink(long goalId) {
        return "goal/" + goalId;
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 3) + "..." : text;
    }

    /** The task is done (by whoever completed it) or withdrawn: nobody needs to act on it any more. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TaskClosed event) {
        writePendingAssignments(); // a task created and closed in one transaction: its notification is done too
        notifications.markDone(taskSubject(event.taskId()));
    }

    /** The person acknowledged: their requests and reminders are done (others' stay). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(Acknowledged event) {
        notifications.markDone(ackSubject(event.campaignId()), event.personId());
    }

    /** Everyone acknowledged: nobody is late any more. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AcknowledgementCampaignCompleted event) {
        notifications.markDone(ackSubject(event.campaignId()));
        notifications.markDone(lateSubject(event.campaignId()));
    }

    /** HR closed the campaign: nobody is asked any more. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AcknowledgementCampaignClosed event) {
        notifications.markDone(ackSubject(event.campaignId()));
        notifications.markDone(lateSubject(event.campaignId()));
    }

    /** The subject key of notifications about a task. */
    static String taskSubject(String taskId) {
        return "task:" + taskId;
    }

    /** The subject key of the requests and reminders to acknowledge a campaign's change. */
    static String ackSubject(long campaignId) {
        return "ack:" + campaignId;
    }

    /** The subject key of the escalations about people late to acknowledge a campaign's change. */
    static String lateSubject(long campaignId) {
        return "ack-late:" + campaignId;
    }

    /** {@code title} with what the task is about, as {@code viewer} may see it ("New task: approve the goal “X” — Emma"). */
    private String named(String title, String taskId, long viewer) {
        return byTitle(title, taskId, List.of(viewer)).keySet().iterator().next();
    }

    /** The recipients grouped by the title each may see (one bulk write per distinct title, mostly one). */
    private Map<String, List<Long>> byTitle(String title, String taskId, List<Long> recipients) {
        List<Long> ids = recipients.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> named = subjectsOf(taskId, ids);
        Map<String, List<Long>> byTitle = new LinkedHashMap<>();
        ids.forEach(id -> byTitle.computeIfAbsent(TaskNames.withSubject(title, named.get(id)),
                t -> new ArrayList<>()).add(id));
        if (byTitle.isEmpty()) {
            byTitle.put(title, new ArrayList<>());
        }
        return byTitle;
    }

    /**
     * What the task is about for each recipient; nothing when that cannot be told (a notification must never roll
     * back the change that caused it: the plain title is sent instead).
     */
    private Map<Long, String> subjectsOf(String taskId, List<Long> recipients) {
        InboxService lookup = inbox.getIfAvailable();
        if (lookup == null || recipients.isEmpty()) {
            return Map.of();
        }
        try {
            return lookup.subjectsFor(taskId, recipients);
        } catch (RuntimeException e) {
            log.warn("Task {}: its subject could not be named in notifications: {}", taskId, e.toString());
            return Map.of();
        }
    }

    private static String taskName(String name) {
        return TaskNames.displayName(name);
    }

    static String escalationTitle(long pending, String title) {
        return pending == 1
                ? "1 person you answer for has not acknowledged " + title
                : pending + " people you answer for have not acknowledged " + title;
    }

    private Optional<CampaignAudience> audience(long campaignId) {
        CampaignAudience audience = audiences.getIfAvailable();
        if (audience == null) {
            log.warn("No CampaignAudience bean: the people of campaign {} are not notified", campaignId);
        }
        return Optional.ofNullable(audience);
    }
}
