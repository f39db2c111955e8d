package org.ladder.cycles.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;

/**
 * The contract of {@code bpmn/cycle-control.bpmn}: one instance per pause, resume or cancel of a cycle (business key
 * {@code cycle-control-<cycleId>/<controlId>}, outside the cycle's own prefix {@code cycle-<id>/}, so the command
 * never suspends or deletes itself), looping over one asynchronous job per chunk until the work is done (ADR 0034).
 */
public final class CycleControlProcess {

    public static final String KEY = "cycle-control";
    public static final String TASK_WORK_CHUNK = "Task_WorkChunk";
    public static final String END_ALL_DONE = "EndEvent_AllDone";

    public static final ProcessVariable<Long> CYCLE_ID = longValue("cycleId");
    public static final ProcessVariable<Long> CONTROL_ID = longValue("controlId");
    public static final ProcessVariable<Boolean> MORE_TO_DO = booleanValue("moreToDo");

    private CycleControlProcess() {
    }

    public static String businessKeyPrefix(long cycleId) {
        return "cycle-control-" + cycleId + "/";
    }

    public static String businessKey(long cycleId, long controlId) {
        return businessKeyPrefix(cycleId) + controlId;
    }

    public static ProcessVariables start(long cycleId, long controlId) {
        return ProcessVariables.of(CYCLE_ID, cycleId).with(CONTROL_ID, controlId).with(MORE_TO_DO, true);
    }
}
