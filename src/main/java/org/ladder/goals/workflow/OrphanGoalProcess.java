package org.ladder.goals.workflow;

/**
 * The contract of {@code bpmn/orphan-goal-review.bpmn}: one instance per orphan goal older than the configured age,
 * started by the timer-started sweep process {@code orphan-goal-sweep} (same file). The owner's manager aligns,
 * justifies or retires the goal; reminder and escalation timers sit on the task.
 */
public final class OrphanGoalProcess {

    public static final String SWEEP_KEY = "orphan-goal-sweep";
    public static final String KEY = "orphan-goal-review";

    public static final String TIMER_SWEEP = "TimerStart_Sweep";
    public static final String TASK_FIND_ORPHANS = "Task_FindOrphans";

    public static final String TASK_RESOLVE = "Task_ResolveOrphan";
    public static final String TIMER_REMIND = "Timer_RemindResolver";
    public static final String TIMER_ESCALATE = "Timer_EscalateOrphan";
    public static final String END_RESOLVED = "EndEvent_Resolved";
    public static final String END_NO_LONGER_ORPHAN = "EndEvent_NoLongerOrphan";
    public static final String TASK_CHECK = "Task_CheckOrphan";
    public static final String TASK_REMIND = "Task_RemindResolver";
    public static final String TASK_ESCALATE = "Task_EscalateOrphan";

    public static final String VAR_GOAL_ID = "goalId";
    public static final String VAR_RESOLVER = "resolver";
    public static final String VAR_RESOLUTION = "resolution";
    /** The goal and its owner as the inbox shows them (the task's description). */
    public static final String VAR_SUBJECT = "subject";
    public static final String VAR_REMINDER_DELAY = "orphanReminderDelay";
    public static final String VAR_ESCALATION_DELAY = "orphanEscalationDelay";
    /** Set by the check: whether the goal is still an orphan (else the review ends at once). */
    public static final String VAR_STILL_ORPHAN = "stillOrphan";
    /** Set by the check: ["HR"] when there is no resolver (the task is then offered to HR), else empty. */
    public static final String VAR_RESOLVER_GROUPS = "resolverGroups";

    private OrphanGoalProcess() {
    }

    public static String businessKey(long goalId) {
        return "orphan-goal-" + goalId;
    }

    public static long goalId(String businessKey) {
        return Long.parseLong(businessKey.substring("orphan-goal-".length()));
    }
}
