package org.ladder.tasks.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.ladder.base.security.Role;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.people.PeopleService;
import org.ladder.tasks.TaskAssigned;
import org.ladder.tasks.TaskClosed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs inside the engine for every user task (see {@link TaskEventsPlugin}). On creation and on (re)assignment it
 * publishes {@link TaskAssigned}, on completion or withdrawal {@link TaskClosed}; on every change it tells the open
 * windows of the people concerned (the assignee, the candidates) to recount their inbox, after the transaction
 * commits. Whom that concerns is resolved once per transaction, just before it commits, for all its tasks at once
 * (one statement for every username, one per role), not one lookup per task: a launch job creating 200 tasks
 * asks the database once, not 200 times.
 */
@Component
class TaskEventsListener implements TaskListener {

    private final ApplicationEventPublisher events;
    // resolved lazily: the engine, and with it this listener, is built before the JPA side is ready
    private final ObjectProvider<PeopleService> people;
    private final ObjectProvider<LiveUpdates> liveUpdates;

    TaskEventsListener(ApplicationEventPublisher events, ObjectProvider<PeopleService> people,
            ObjectProvider<LiveUpdates> liveUpdates) {
        this.events = events;
        this.people = people;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public void notify(DelegateTask task) {
        String event = task.getEventName();
        if (EVENTNAME_CREATE.equals(event) && task.getAssignee() != null) {
            return; // the engine fires "assignment" right after "create" for a task created with an assignee
        }
        List<String> groups = candidates(task, true);
        List<String> users = candidates(task, false);
        boolean offered = task.getAssignee() != null || !groups.isEmpty() || !users.isEmpty();
        if (offered && (EVENTNAME_CREATE.equals(event) || EVENTNAME_ASSIGNMENT.equals(event))) {
            events.publishEvent(new TaskAssigned(task.getId(), task.getName(), task.getAssignee(), groups,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
        if (EVENTNAME_COMPLETE.equals(event) || EVENTNAME_DELETE.equals(event)) {
            events.publishEvent(new TaskClosed(task.getId(), task.getName(), task.getAssignee(),
                    EVENTNAME_COMPLETE.equals(event)));
        }
        Concerned concerned = new Concerned();
        if (task.getAssignee() != null) {
            concerned.usernames.add(task.getAssignee());
        }
        concerned.usernames.addAll(users);
        groups.stream().map(Role::parse).flatMap(java.util.Optional::stream).forEach(concerned.roles::add);
        if (concerned.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signal(concerned);
            return;
        }
        Concerned pending = (Concerned) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Concerned collected = new Concerned();
            TransactionSynchronizationManager.bindResource(this, collected);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TaskEventsListener.this);
                    signal(collected);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TaskEventsListener.this);
                }
            });
            pending = collected;
        }
        pending.usernames.addAll(concerned.usernames);
        pending.roles.addAll(concerned.roles);
    }

    /** The usernames and roles of the people one transaction's task changes concern. */
    private static final class Concerned {
        final Set<String> usernames = new LinkedHashSet<>();
        final Set<Role> roles = java.util.EnumSet.noneOf(Role.class);

        boolean isEmpty() {
            return usernames.isEmpty() && roles.isEmpty();
        }
    }

    /** Signals the windows of these people (after commit, by {@link LiveUpdates}); one statement per role. */
    private void signal(Concerned concerned) {
        PeopleService directory = people.getObject();
        Set<Long> ids = new LinkedHashSet<>(directory.activeIdsByUsername(concerned.usernames).values());
        concerned.roles.forEach(role -> ids.addAll(directory.activePersonIdsWithRole(role)));
        if (!ids.isEmpty()) {
            liveUpdates.getObject().changed(ids);
        }
    }

    private static List<String> candidates(DelegateTask task, boolean groups) {
        return task.getCandidates().stream()
                .map(groups ? IdentityLink::getGroupId : IdentityLink::getUserId)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}
