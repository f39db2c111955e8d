package org.ladder.cycles;

import java.util.List;
import java.util.Map;

import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.charter.CharterOutline;
import org.ladder.charter.CharterService;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.goals.GoalFigures;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions people take on the cycle's tasks, each completing its task in the same transaction (ADR 0011: the
 * service owns a person's decision): leadership confirms the charter or revises it, and after the reviews keeps the
 * strategy or drafts a new charter; a head says the unit's goals are set (refused while the unit has no active goal
 * of the period aligned to the level above); a person says their personal goals are set (refused while none is
 * approved — an approval completes the task by itself). Only whoever the task is assigned or offered to.
 */
@Service
@Transactional
public class CycleDecisions {

    private final CycleWorkflow workflow;
    private final CycleRepository cycles;
    private final CharterService charter;
    private final GoalFigures goals;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final org.ladder.cycles.domain.ControlRunRepository runs;
    private final CycleCharterWaits charterWaits;

    CycleDecisions(CycleWorkflow workflow, CycleRepository cycles, CharterService charter, GoalFigures goals,
            CurrentUser currentUser, AuditLog audit, org.ladder.cycles.domain.ControlRunRepository runs,
            CycleCharterWaits charterWaits) {
        this.charterWaits = charterWaits;
        this.workflow = workflow;
        this.cycles = cycles;
        this.charter = charter;
        this.goals = goals;
        this.currentUser = currentUser;
        this.audit = audit;
        this.runs = runs;
    }

    /** The cycle task of this id, when the caller may act on it. */
    @Transactional(readOnly = true)
    public CycleWorkflow.CycleTask task(String taskId) {
        return actionable(taskId);
    }

    /** Leadership confirms the published charter: the cascade starts from it. */
    public void confirmCharter(String taskId) {
        CycleWorkflow.CycleTask task = actionable(taskId, "Task_ConfirmCharter");
        Cycle cycle = cycle(task);
        CharterOutline published = charter.outline().orElseThrow(() -> new ValidationException(Map.of("charter",
                "No charter is published yet: revise it, and the cycle goes on once a version is published.")));
        cycle.useCharter(published.versionId());
        workflow.completeCharterConfirmation(taskId, false);
        audit.record("cycle.charterConfirmed", "cycle", cycle.getId(), "Charter version " + published.versionId());
    }

    /** Leadership revises the charter: the cycle waits until a version is published (the charter publication). */
    public void reviseCharter(String taskId) {
        CycleWorkflow.CycleTask task = actionable(taskId, "Task_ConfirmCharter");
        charterWaits.lock(task.cycleId());
        workflow.completeCharterConfirmation(taskId, true);
        boolean published = charterWaits.arrived(task.cycleId());
        audit.record("cycle.charterRevised", "cycle", task.cycleId(), published
                ? "A new charter version is published already: the cycle goes on with it"
                : "The cycle waits for a new charter version");
    }

    /** The head says the unit's goals are set: its people and sub-units start. */
    public void unitGoalsSet(String taskId) {
        CycleWorkflow.CycleTask task = actionable(taskId, "Task_SetUnitGoals");
        Cycle cycle = cycle(task);
        if (!goals.unitHasActiveGoal(task.subjectId(), cycle.periodStart(), cycle.periodEnd())) {
            throw new ValidationException(Map.of("goals", "The unit has no active goal of " + cycle.name()
                    + " that ladders up to a goal above yet: add one first."));
        }
        workflow.completeUnitGoals(taskId);
        audit.record("cycle.unitGoalsSet", "cycle", cycle.getId(), "Unit " + task.subjectId());
    }

    /** The person says their personal goals are set (one is approved and active). */
    public void personalGoalsSet(String taskId) {
        CycleWorkflow.CycleTask task = actionable(taskId, "Task_DraftPersonalGoals");
        Cycle cycle = cycle(task);
        if (!goals.personHasActiveGoal(task.subjectId(), cycle.periodStart(), cycle.periodEnd())) {
            throw new ValidationException(Map.of("goals", "No personal goal of " + cycle.name()
                    + " is approved yet: draft one, submit it, and your manager's approval completes this task."));
        }
        workflow.completePersonalGoals(cycle.getId(), task.subjectId());
    }

    /** Leadership keeps the strategy: the close follows. */
    public void keepStrategy(String taskId, String outcomes) {
        revise(taskId, false, outcomes);
    }

    /** Leadership drafts a new charter version: the close follows once it is published (the next cycle uses it). */
    public void draftNewCharter(String taskId, String outcomes) {
        revise(taskId, true, outcomes);
    }

    private void revise(String taskId, boolean newCharter, String outcomes) {
        CycleWorkflow.CycleTask task = actionable(taskId, "Task_Revise");
        charterWaits.lock(task.cycleId());
        Cycle cycle = cycle(task);
        cycle.revised(newCharter, outcomes);
        workflow.completeRevise(taskId, newCharter);
        if (newCharter) {
            charterWaits.arrived(cycle.getId());
        }
        audit.record("cycle.revised", "cycle", cycle.getId(), newCharter ? "A new charter version is drafted"
                : "The strategy is kept");
    }

    private CycleWorkflow.CycleTask actionable(String taskId, String taskKey) {
        CycleWorkflow.CycleTask task = actionable(taskId);
        if (!task.taskKey().equals(taskKey)) {
            throw new ValidationException(Map.of("task", "This task is not " + taskKey + "."));
        }
        return task;
    }

    private CycleWorkflow.CycleTask actionable(String taskId) {
        LadderUser me = currentUser.require();
        CycleWorkflow.CycleTask task = workflow.task(taskId).orElseThrow(() -> new ValidationException(Map.of("task",
                "This task is done already, or the cycle is paused or over.")));
        List<String> groups = me.roles().stream().filter(r -> r != Role.EMPLOYEE).map(Role::name).toList();
        if (!workflow.mayAct(taskId, me.getUsername(), groups)) {
            throw new AccessDeniedException("This task is not yours.");
        }
        cycle(task);
        return task;
    }

    private Cycle cycle(CycleWorkflow.CycleTask task) {
        Cycle cycle = cycles.findById(task.cycleId()).orElseThrow();
        if (cycle.status() != CycleStatus.RUNNING) {
            throw new ValidationException(Map.of("status", "The cycle is " + cycle.status().label().toLowerCase()
                    + ": its tasks wait."));
        }
        runs.latest(cycle.getId()).filter(r -> r.isOpen() && r.operation()
                == org.ladder.cycles.domain.ControlRun.Operation.RESUME).ifPresent(r -> {
                    throw new ValidationException(Map.of("status", CycleControlProgress.of(r).message()
                            + ": its tasks open again in a moment; try again then."));
                });
        return cycle;
    }
}
