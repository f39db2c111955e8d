package org.ladder.cycles;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cycle's way to the process engine (implemented in {@code cycles.workflow}), so the services never spell a
 * process key or a variable, and a move to Operaton stays small.
 */
public interface CycleWorkflow {

    /** Starts the cycle's {@code alignment-cycle} instance; returns its id. */
    String startCycle(long cycleId, CycleTimes times);

    /** The {@code cycle-rules} decision for a unit of this level (1 = top of the scope) and size. */
    RuleApplied rule(int unitLevel, int members);

    /** Queues launch chunks that start the instances of these units or people (idempotently); returns how many. */
    int queueUnits(long cycleId, long fromUnitId, List<Long> unitIds);

    int queuePeople(long cycleId, long fromUnitId, List<Long> personIds);

    /** Suspends the cycle's own instance (its timers move the phases); false when it is not active. */
    boolean suspendCycleInstance(long cycleId);

    /** How many instances the cycle has (its own, its units', people's and launch chunks'), suspended or not. */
    int countInstances(long cycleId);

    /** Starts the {@code cycle-control} instance that works off HR's command {@code controlId} in chunks. */
    void startControl(long cycleId, long controlId);

    /** The next at most {@code limit} instances of the cycle the command works on (ADR 0034). */
    List<String> nextInstances(long cycleId, org.ladder.cycles.domain.ControlRun.Operation operation, int limit);

    /** Suspends these instances (tasks cannot be completed, timers and jobs wait). */
    void suspendInstances(List<String> processInstanceIds);

    /** Activates these instances again (timers that fell due meanwhile fire now). */
    void activateInstances(List<String> processInstanceIds);

    /** Deletes these instances (tasks, timers and jobs with them), with the reason in the history. */
    void deleteInstances(List<String> processInstanceIds, String reason);

    /** The open incidents of the cycle's instances. */
    List<CycleIncident> incidents(long cycleId);

    /** Gives the failed job of an incident of this cycle its retries back; false when it is not the cycle's. */
    boolean retry(long cycleId, String incidentId);

    /** An open task of one of the cycle processes. */
    Optional<CycleTask> task(String taskId);

    /** The open tasks of the cycle processes a person may act on (assigned or offered to them or their groups). */
    List<CycleTask> openTasksOf(String username, Collection<String> groups, int limit);

    /** Whether the person may act on the task: it is assigned or offered to them or to one of their groups. */
    boolean mayAct(String taskId, String username, Collection<String> groups);

    /** Completes the charter confirmation: {@code revised} false confirms the published charter. */
    void completeCharterConfirmation(String taskId, boolean revised);

    /** Completes the revise task: {@code newCharter} true waits for the new version's publication. */
    void completeRevise(String taskId, boolean newCharter);

    /** Completes a unit's goals task. */
    void completeUnitGoals(String taskId);

    /** Completes the person's open personal-goals task in the cycle; false when none is open. */
    boolean completePersonalGoals(long cycleId, long personId);

    /** Whether the person's personal-goals task in the cycle is open but suspended (its instance waits: paused). */
    boolean personalGoalsSuspended(long cycleId, long personId);

    /** A charter version is published: the cycle goes on if it waits for one (false when it does not wait). */
    boolean charterPublished(long cycleId);

    /** Every review of the cycle's round is done. */
    boolean reviewsDone(long cycleId);

    /** Every cascade unit and person is done. */
    boolean cascadeDone(long cycleId);

    /** Every owner closed their open goals. */
    boolean closingDone(long cycleId);

    /** Active, failed and finished instance counts per step of the cycle's models (the cycle page's diagram). */
    Map<String, StepCounts> stepCounts(long cycleId);

    /** An open task of a cycle process, as the services need it. */
    record CycleTask(String taskId, String name, String processKey, String taskKey, long cycleId, Long subjectId,
            String assignee, java.time.Instant due, java.time.Instant created) {
    }

    /** How many instances are at a step: active, failed (an incident), and finished it. */
    record StepCounts(long active, long failed, long finished) {
    }
}
