package org.ladder.checkins;

import org.ladder.tasks.TaskInfo;

/**
 * The user tasks of the check-in cadence ({@code bpmn/check-in-cadence.bpmn}) as other modules may recognise them:
 * the person's check-in and the manager's 1:1 that follows it (its form belongs to the conversations module). A
 * cadence instance's business key starts with the person's id ({@code "42"} or {@code "42/2026-12-07"}).
 */
public final class CadenceTasks {

    public static final String PROCESS_KEY = "check-in-cadence";
    /** "Employee: check in", assigned to the person. */
    public static final String CHECK_IN_TASK = "Task_CheckIn";
    /** "Manager: hold the 1:1", assigned to the person's manager after each check-in. */
    public static final String ONE_ON_ONE_TASK = "Task_HoldOneOnOne";

    private CadenceTasks() {
    }

    public static boolean isCheckIn(TaskInfo task) {
        return PROCESS_KEY.equals(task.processDefinitionKey()) && CHECK_IN_TASK.equals(task.taskDefinitionKey());
    }

    public static boolean isOneOnOne(TaskInfo task) {
        return PROCESS_KEY.equals(task.processDefinitionKey()) && ONE_ON_ONE_TASK.equals(task.taskDefinitionKey());
    }

    /** The person a cadence task is about (the one who checks in), from the instance's business key. */
    public static long personOf(TaskInfo task) {
        return personOf(task.businessKey());
    }

    /** The person of a cadence business key: the digits before an optional {@code /}. */
    public static long personOf(String businessKey) {
        if (businessKey == null || businessKey.isBlank()) {
            throw new IllegalArgumentException("A check-in cadence task without a business key");
        }
        int slash = businessKey.indexOf('/');
        return Long.parseLong(slash < 0 ? businessKey : businessKey.substring(0, slash));
    }
}
