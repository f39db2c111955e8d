package org.ladder.notifications;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.ladder.tasks.AcknowledgementReminderDue;
import org.ladder.tasks.AcknowledgementsEscalated;
import org.ladder.tasks.AcknowledgementsRequested;
import org.ladder.tasks.TaskAssigned;
import org.ladder.tasks.TaskEscalated;
import org.ladder.tasks.TaskReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns other modules' events into notifications. Every listener runs just before the publishing transaction
 * commits ({@code BEFORE_COMMIT}), so a notification commits with the change that caused it, or not at all, and
 * is written only once that change is complete (a campaign's requests all exist). An event published outside a
 * transaction is handled at once, in a transaction of its own.
 */
@Component
class NotificationListeners {

    private static final Logger log = LoggerFactory.getLogger(NotificationListeners.class);

    private final NotificationService notifications;
    private final PeopleService people;
    private final ObjectProvider<CampaignAudience> audiences;
    private final CurrentUser currentUser;
    private final DateTimeFormatter dueFormat;

    NotificationListeners(NotificationService notifications, PeopleService people,
            ObjectProvider<CampaignAudience> audiences, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.people = people;
        this.audiences = audiences;
        this.currentUser = currentUser;
        this.dueFormat = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(clock.getZone());
    }

    /** The assignee, or else the active members of the candidate groups (roles). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TaskAssigned event) {
        String name = event.taskName() == null || event.taskName().isBlank() ? "a task" : event.taskName();
        String title = "New task: " + name;
        String link = "task/" + event.taskId();
        String due = event.due() == null ? "" : " Due " + dueFormat.format(event.due()) + ".";
        if (event.assignee() != null && !event.assignee().isBlank()) {
            Optional<PersonSummary> assignee = people.findByUsername(event.assignee()).filter(PersonSummary::active);
            if (assignee.isEmpty()) {
                log.warn("Task {} assigned to unknown or inactive user '{}': nobody notified", event.taskId(),
                        event.assignee());
                return;
            }
            long id = assignee.get().id();
            if (currentUser.get().map(u -> u.personId() == id).orElse(false)) {
                return; // they took it themselves
            }
            notifications.notify(List.of(id), NotificationKind.TASK, title, "It is assigned to you." + due, link);
            return;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (event.candidateGroups() != null) {
            event.candidateGroups().forEach(g -> Role.parse(g).ifPresent(roles::add));
        }
        if (roles.isEmpty()) {
            return;
        }
        String groups = roles.stream().map(Role::label).collect(Collectors.joining(", "));
        notifications.notify(people.activePersonIdsWithAnyRole(roles), NotificationKind.TASK, title,
                "Offered to " + groups + ": claim it in your task inbox." + due, link);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AcknowledgementsRequested event) {
        audience(event.campaignId()).ifPresent(audience -> notifications.notify(
                audience.pendingPeople(event.campaignId(), null), NotificationKind.ACKNOWLEDGE,
                "Please acknowledge: " + event.title(), "Please read it and confirm that you have.", event.link()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AcknowledgementReminderDue event) {
        audience(event.campaignId()).ifPresent(audience -> notifications.notify(
                audience.pendingPeople(event.campaignId(), event.unitId()), NotificationKind.REMINDER,
                "Reminder: please acknowledge " + event.title(),
                "You have not acknowledged it yet. Please read it and confirm that you have.", event.link()));
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
                NotificationKind.ESCALATION, escalationTitle(pending, event.title()), body, event.link()));
    }

    /** The people who can act on a task that has waited too long. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TaskReminderDue event) {
        String since = event.waitingSince() == null ? "" : " since " + dueFormat.format(event.waitingSince());
        notifications.notify(event.personIds(), NotificationKind.REMINDER, "Reminder: " + taskName(event.taskName()),
                "It has been waiting for you" + since + ". Please open it in your task inbox.", event.link());
    }

    /** The people a late task was escalated to: they may now act on it themselves. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TaskEscalated event) {
        String since = event.waitingSince() == null ? "" : " since " + dueFormat.format(event.waitingSince());
        String who = event.waitingFor() == null || event.waitingFor().isBlank() ? "It has been waiting"
                : "It has been waiting for " + event.waitingFor();
        notifications.notify(event.personIds(), NotificationKind.ESCALATION, "Overdue: " + taskName(event.taskName()),
                who + since + ". It is now offered to you as well: please see that it gets done.", event.link());
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

    private static String taskName(String name) {
        return name == null || name.isBlank() ? "a task" : name;
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
