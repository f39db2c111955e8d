package org.ladder.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.Role;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and escalations of user tasks, for workflow delegates (they run as the engine, not as a person): a
 * process's timer calls {@link #remind} when a task has waited too long, and {@link #escalate} or
 * {@link #escalateToRole} when it has waited far too long. Both act on the open tasks of one task definition in one
 * process instance and publish {@link TaskReminderDue} / {@link TaskEscalated}, which the notifications module turns
 * into notifications.
 * <p>
 * An escalated task is offered to the new people <em>as well</em>: its assignee (if any) becomes a candidate next to
 * them and the task is unassigned, so whoever acts first claims or completes it (the inbox lets candidates complete
 * unassigned tasks only). A task is never offered to {@link Role#EMPLOYEE}, i.e. to everyone.
 */
@Service
@Transactional
public class TaskNudges {

    private static final Logger log = LoggerFactory.getLogger(TaskNudges.class);

    private final TaskService tasks;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    TaskNudges(TaskService tasks, PeopleService people, ApplicationEventPublisher events,
            AuditLog audit) {
        this.tasks = tasks;
        this.people = people;
        this.events = events;
        this.audit = audit;
    }

    /** The route of a task's page in the portal. */
    public static String link(String taskId) {
        return "task/" + taskId;
    }

    /**
     * Reminds whoever can act on the open task(s) {@code taskDefinitionKey} of the process instance: the assignee,
     * or else the candidate users and the active members of the candidate groups.
     *
     * @return how many people were reminded (0 when the task is no longer open)
     */
    public int remind(String processInstanceId, String taskDefinitionKey) {
        int reminded = 0;
        for (Task task : open(processInstanceId, taskDefinitionKey)) {
            reminded += remind(task);
        }
        return reminded;
    }

    /** Reminds whoever can act on this one open task (see {@link #remind(String, String)}); 0 when nobody. */
    int remind(Task task) {
        List<Long> who = actors(task);
        if (who.isEmpty()) {
            log.warn("Task {} ({}) has nobody to remind", task.getId(), task.getName());
            return 0;
        }
        events.publishEvent(new TaskReminderDue(task.getId(), task.getName(), link(task.getId()), who,
                created(task)));
        return who.size();
    }

    /**
     * Escalates the open task(s) {@code taskDefinitionKey} of the process instance to these people (the active ones
     * among them): each becomes a candidate user of the task (see the class comment) and is told.
     *
     * @return how many people it was escalated to (0 when the task is no longer open or nobody is active)
     */
    public int escalate(String processInstanceId, String taskDefinitionKey, Collection<Long> personIds) {
        List<Task> open = open(processInstanceId, taskDefinitionKey);
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, String> usernames = usernames(personIds);
        if (usernames.isEmpty()) {
            log.warn("Task {} of {} not escalated: none of {} is an active person", taskDefinitionKey,
                    processInstanceId, personIds);
            return 0;
        }
        int escalated = 0;
        for (Task task : open) {
            String waitingFor = waitingFor(task);
            Map<Long, String> targets = new LinkedHashMap<>(usernames);
            targets.values().removeIf(u -> u.equals(task.getAssignee()));
            if (targets.isEmpty()) {
                continue;
            }
            shareWithCandidates(task);
            Set<String> already = candidateUsers(task.getId());
            targets.values().stream().filter(u -> !already.contains(u))
                    .forEach(u -> tasks.addCandidateUser(task.getId(), u));
            List<Long> ids = new ArrayList<>(targets.keySet());
            audit.record("task.escalated", "task", task.getId(), task.getName() + ": to " + targets.values());
            events.publishEvent(new TaskEscalated(task.getId(), task.getName(), link(task.getId()), ids, waitingFor,
                    created(task)));
            escalated += ids.size();
        }
        return escalated;
    }

    /**
     * Escalates the open task(s) to everyone holding {@code role} (for example HR, when the late person has no
     * manager): the role becomes a candidate group of the task (see the class comment) and its active members are
     * told.
     *
     * @throws IllegalArgumentException for {@link Role#EMPLOYEE}: a task is never offered to everyone
     */
    public int escalateToRole(String processInstanceId, String taskDefinitionKey, Role role) {
        if (role == null || role == Role.EMPLOYEE) {
            throw new IllegalArgumentException("A task is never offered to everyone (" + role + ")");
        }
        List<Task> open = open(processInstanceId, taskDefinitionKey);
        List<Long> members = open.isEmpty() ? List.of() : people.activePersonIdsWithRole(role);
        int escalated = 0;
        for (Task task : open) {
            String waitingFor = waitingFor(task);
            shareWithCandidates(task);
            boolean offered = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && role.name().equals(l.getGroupId()));
            if (!offered) {
                tasks.addCandidateGroup(task.getId(), role.name());
            }
            audit.record("task.escalated", "task", task.getId(), task.getName() + ": to " + role.name());
            if (members.isEmpty()) {
                log.warn("Task {} escalated to {}, but nobody active holds that role", task.getId(), role);
                continue;
            }
            events.publishEvent(new TaskEscalated(task.getId(), task.getName(), link(task.getId()), members,
                    waitingFor, created(task)));
            escalated += members.size();
        }
        return escalated;
    }

    private List<Task> open(String processInstanceId, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(Objects.requireNonNull(processInstanceId))
                .taskDefinitionKey(Objects.requireNonNull(taskDefinitionKey)).active().list();
    }

    /**
     * An assigned task becomes a candidate task of its assignee, who keeps it next to the new people. Unassigned
     * first, then the new candidates are added: the inbox's assignment event then offers it to nobody new, so only
     * {@link TaskEscalated} tells them.
     */
    private void shareWithCandidates(Task task) {
        String assignee = task.getAssignee();
        if (assignee != null) {
            if (!candidateUsers(task.getId()).contains(assignee)) {
                tasks.addCandidateUser(task.getId(), assignee);
            }
            tasks.setAssignee(task.getId(), null);
        }
    }

    private Set<String> candidateUsers(String taskId) {
        Set<String> users = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        return users;
    }

    /** The assignee, or else the candidate users and the active members of the candidate groups. */
    private List<Long> actors(Task task) {
        Set<Long> ids = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            activePerson(task.getAssignee()).ifPresent(p -> ids.add(p.id()));
            return new ArrayList<>(ids);
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                activePerson(link.getUserId()).ifPresent(p -> ids.add(p.id()));
            }
            if (link.getGroupId() != null) {
                Role.parse(link.getGroupId()).filter(r -> r != Role.EMPLOYEE).ifPresent(roles::add);
            }
        }
        ids.addAll(people.activePersonIdsWithAnyRole(roles));
        return new ArrayList<>(ids);
    }

    private String waitingFor(Task task) {
        return task.getAssignee() == null ? null
                : people.findByUsername(task.getAssignee()).map(PersonSummary::displayName).orElse(task.getAssignee());
    }

    private Optional<PersonSummary> activePerson(String username) {
        return people.findByUsername(username).filter(PersonSummary::active);
    }

    /** The engine's user ids (usernames) of the active people among {@code personIds}, by person id. */
    private Map<Long, String> usernames(Collection<Long> personIds) {
        Map<Long, String> usernames = new LinkedHashMap<>();
        personIds.stream().filter(Objects::nonNull).distinct().filter(people::isActive)
                .forEach(id -> people.usernameOf(id).ifPresent(u -> usernames.put(id, u)));
        return usernames;
    }

    private static Instant created(Task task) {
        return task.getCreateTime() == null ? null : task.getCreateTime().toInstant();
    }
}
