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
import org.ladder.people.PersonSummary;
import org.ladder.tasks.TaskAssigned;
import org.ladder.tasks.TaskClosed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs inside the engine for every user task (see {@link TaskEventsPlugin}). On creation and on (re)assignment it
 * publishes {@link TaskAssigned}, on completion or withdrawal {@link TaskClosed}; on every change it tells the open windows of the people concerned (the assignee,
 * the candidates) to recount their inbox, after the transaction commits.
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
        Set<Long> concerned = concerned(task.getAssignee(), users, groups);
        if (!concerned.isEmpty()) {
            liveUpdates.getObject().changed(concerned);
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

    /** The assignee, the candidate users and the members of the candidate groups (roles), as person ids. */
    private Set<Long> concerned(String assignee, List<String> users, List<String> groups) {
        PeopleService directory = people.getObject();
        Set<Long> ids = new LinkedHashSet<>();
        if (assignee != null) {
            directory.findByUsername(assignee).map(PersonSummary::id).ifPresent(ids::add);
        }
        users.forEach(u -> directory.findByUsername(u).map(PersonSummary::id).ifPresent(ids::add));
        groups.stream().map(Role::parse).flatMap(java.util.Optional::stream)
                .forEach(role -> ids.addAll(directory.activePersonIdsWithRole(role)));
        return ids;
    }
}
