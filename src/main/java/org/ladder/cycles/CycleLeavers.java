package org.ladder.cycles;

import java.time.Clock;
import java.util.EnumSet;
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
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePerson;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.domain.CycleUnitRepository;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.OnboardingProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.springframework.data.domain.PageRequest;
import org.ladder.people.PeopleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person who leaves mid-cycle leaves no cycle task dangling (ADR 0029). In the transaction of their deactivation:
 * their open onboarding closes ({@link Onboardings#left}); in each running cycle their row says they left and their
 * personal-goals instance ends (nobody else can draft their goals), and the cascade goes on when they were the last
 * one it waited for; every other open cycle task assigned to them — a unit's goals as its head, a charter
 * confirmation, an escalated onboarding they had claimed — goes to their nearest active manager (for a head's unit
 * task: the skip-level manager of the unit's people), else it is offered to HR; and where they were only one of
 * several candidates, they are taken off the task.
 */
@Component
@Transactional
class CycleLeavers {

    private static final Logger log = LoggerFactory.getLogger(CycleLeavers.class);

    /** The processes whose tasks belong to a cycle. */
    static final Set<String> CYCLE_PROCESSES = Set.of(AlignmentCycleProcess.KEY, UnitCascadeProcess.KEY,
            UnitCascadeProcess.PERSON_KEY, OnboardingProcess.KEY);

    private final Onboardings onboardings;
    private final CycleRepository cycles;
    private final CyclePersonRepository persons;
    private final CycleUnitRepository units;
    private final CycleWorkflow workflow;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;

    CycleLeavers(Onboardings onboardings, CycleRepository cycles, CyclePersonRepository persons,
            CycleUnitRepository units, CycleWorkflow workflow, TaskService tasks, RuntimeService runtime,
            PeopleService people, AuditLog audit, Clock clock) {
        this.onboardings = onboardings;
        this.cycles = cycles;
        this.persons = persons;
        this.units = units;
        this.workflow = workflow;
        this.tasks = tasks;
        this.runtime = runtime;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
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
        // their own place in running cycles first: the row says they left, their personal-goals instance ends, and
        // the cascade may be done without them
        for (CyclePerson row : persons.ofPerson(personId, PageRequest.of(0, 20))) {
            Cycle cycle = cycles.findById(row.cycleId()).orElse(null);
            if (cycle == null || cycle.status().isOver() || !row.left(clock.instant())) {
                continue;
            }
            persons.saveAndFlush(row);
            for (var pi : runtime.createProcessInstanceQuery().processDefinitionKey(UnitCascadeProcess.PERSON_KEY)
                    .processInstanceBusinessKey(UnitCascadeProcess.personBusinessKey(row.cycleId(), personId))
                    .list()) {
                runtime.deleteProcessInstance(pi.getId(), "The person left the organisation", false, true);
                ended++;
            }
            cascadeDoneWithout(row.cycleId());
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
        // offered to them by name (a native query: the candidate-user query would also ask the identity provider for
        // their groups, which a leaver no longer has)
        for (Task task : tasks.createNativeTaskQuery().sql("select distinct T.* from ACT_RU_TASK T join "
                + "ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_ where I.USER_ID_ = #{user} and I.TYPE_ = 'candidate'"
                + " and T.SUSPENSION_STATE_ = 1").parameter("user", username.get()).list()) {
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

    /**
     * The cascade is done when every unit is ready and nobody is still waiting or drafting: the leaver may have been
     * the last. Takes the cycle's row lock, as the cascade's own steps do, so exactly one of them sees it.
     */
    private void cascadeDoneWithout(long cycleId) {
        Cycle cycle = cycles.lockById(cycleId).orElseThrow();
        if (cycle.phase() == CyclePhase.CASCADE && !cycle.status().isOver()
                && units.countByCycleIdAndStatusNot(cycleId, CycleUnitStatus.UnitStep.READY) == 0
                && persons.countByCycleIdAndStatusIn(cycleId, EnumSet.of(CyclePersonStatus.Step.WAITING,
                        CyclePersonStatus.Step.DRAFTING)) == 0) {
            workflow.cascadeDone(cycleId);
        }
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
