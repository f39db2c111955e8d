package org.ladder.cycles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.Role;
import org.ladder.cycles.workflow.OnboardingProcess;
import org.ladder.people.PeopleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person who leaves mid-cycle leaves no cycle task dangling (ADR 0029). In the transaction of their deactivation:
 * their open onboarding closes ({@link Onboardings#left}); their own per-person cycle instances end (nobody else can
 * draft their goals); every other open cycle task assigned to them — a unit's goals as its head, a charter
 * confirmation, an escalated onboarding they had claimed — goes to their nearest active manager (for a head's unit
 * task: the skip-level manager of the unit's people), else it is offered to HR; and where they were only one of
 * several candidates, they are taken off the task.
 */
@Component
@Transactional
class CycleLeavers {

    private static final Logger log = LoggerFactory.getLogger(CycleLeavers.class);

    /** The processes whose tasks belong to a cycle. */
    static final Set<String> CYCLE_PROCESSES = Set.of(CycleProcessKeys.CYCLE, CycleProcessKeys.UNIT_CASCADE,
            CycleProcessKeys.PERSONAL_GOALS, OnboardingProcess.KEY);

    private final Onboardings onboardings;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final PeopleService people;
    private final AuditLog audit;

    CycleLeavers(Onboardings onboardings, TaskService tasks, RuntimeService runtime, PeopleService people,
            AuditLog audit) {
        this.onboardings = onboardings;
        this.tasks = tasks;
        this.runtime = runtime;
        this.people = people;
        this.audit = audit;
    }

    /** What became of a leaver's cycle tasks. */
    record Outcome(int instancesEnded, int reassigned, int offeredToHr, int candidateRemoved) {
    }

    Outcome left(long personId) {
        onboardings.left(personId);
        Optional<String> username = people.usernameOf(personId);
        if (username.isEmpty()) {
            return new Outcome(0, 0, 0, 0);
        }
        int ended = 0;
        int reassigned = 0;
        int toHr = 0;
        int removed = 0;
        // their own per-person instances first: those tasks go with them
        for (String pi : runtime.createProcessInstanceQuery().processDefinitionKey(CycleProcessKeys.PERSONAL_GOALS)
                .list().stream().filter(p -> CycleProcessKeys.isPersonKey(p.getBusinessKey(), personId))
                .map(p -> p.getId()).toList()) {
            runtime.deleteProcessInstance(pi, "The person left the organisation", false, true);
            ended++;
        }
        Optional<String> successor = people.managerChain(personId).stream().filter(people::isActive).findFirst()
                .flatMap(people::usernameOf);
        for (Task task : tasks.createTaskQuery().taskAssignee(username.get()).active().list()) {
            if (!isCycleTask(task)) {
                continue;
            }
            if (successor.isPresent()) {
                tasks.setAssignee(task.getId(), successor.get());
                reassigned++;
            } else {
                tasks.setAssignee(task.getId(), null);
                tasks.addCandidateGroup(task.getId(), Role.HR.name());
                toHr++;
            }
            audit.record("cycle.task-reassigned", "task", task.getId(), task.getName() + ": " + username.get()
                    + " left; now " + successor.map(s -> "assigned to " + s).orElse("offered to HR"));
        }
        for (Task task : tasks.createTaskQuery().taskCandidateUser(username.get()).active().list()) {
            if (!isCycleTask(task)) {
                continue;
            }
            List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
            if (links.stream().noneMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                    && username.get().equals(l.getUserId()))) {
                continue; // offered to one of their groups, not to them by name
            }
            boolean others = links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                    && (l.getGroupId() != null || (l.getUserId() != null && !l.getUserId().equals(username.get()))));
            tasks.deleteCandidateUser(task.getId(), username.get());
            if (!others && task.getAssignee() == null) {
                tasks.addCandidateGroup(task.getId(), Role.HR.name());
                toHr++;
            }
            removed++;
        }
        Outcome outcome = new Outcome(ended, reassigned, toHr, removed);
        if (ended + reassigned + toHr + removed > 0) {
            log.info("Person {} left: cycle tasks {}", personId, outcome);
        }
        return outcome;
    }

    private boolean isCycleTask(Task task) {
        String definitionId = task.getProcessDefinitionId();
        if (definitionId == null) {
            return false;
        }
        String key = definitionId.contains(":") ? definitionId.substring(0, definitionId.indexOf(':')) : definitionId;
        return CYCLE_PROCESSES.contains(key);
    }

    /** For tests: a person's open cycle tasks, by task id and assignee. */
    Map<String, String> openCycleTasksAssignedTo(String username) {
        Map<String, String> open = new java.util.LinkedHashMap<>();
        tasks.createTaskQuery().taskAssignee(username).active().list().stream().filter(this::isCycleTask)
                .forEach(t -> open.put(t.getId(), t.getAssignee()));
        return open;
    }
}
