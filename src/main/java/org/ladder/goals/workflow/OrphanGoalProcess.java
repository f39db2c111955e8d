package org.ladder.goals.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.durationValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringList;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import java.time.Duration;
import java.util.List;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.goals.OrphanResolution;

/**
 * The contract of {@code bpmn/orphan-goal-review.bpmn}: one instance per orphan goal older than the configured age,
 * started by the timer-started sweep process {@code orphan-goal-sweep} (same file). The owner's manager aligns,
 * justifies or retires the goal (a decision owned by {@code OrphanReviews}); reminder and escalation timers sit on
 * the task.
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

    public static final ProcessVariable<Long> GOAL_ID = longValue("goalId");
    public static final ProcessVariable<String> RESOLVER = stringValue("resolver");
    /** ALIGN, JUSTIFY, RETIRE, or SETTLED when the goal was no longer an orphan when the task was completed. */
    public static final ProcessVariable<String> RESOLUTION = stringValue("resolution");
    /** The task's description in the engine: the goal's id only (see {@link GoalApprovalProcess#SUBJECT}). */
    public static final ProcessVariable<String> SUBJECT = stringValue("subject");
    public static final ProcessVariable<Duration> REMINDER_DELAY = durationValue("orphanReminderDelay");
    public static final ProcessVariable<Duration> ESCALATION_DELAY = durationValue("orphanEscalationDelay");
    /** Set by the check: whether the goal is still an orphan (else the review ends at once). */
    public static final ProcessVariable<Boolean> STILL_ORPHAN = booleanValue("stillOrphan");
    /** Set by the check: ["HR"] when there is no resolver (the task is then offered to HR), else empty. */
    public static final ProcessVariable<List<String>> RESOLVER_GROUPS = stringList("resolverGroups");

    private OrphanGoalProcess() {
    }

    public static String businessKey(long goalId) {
        return "orphan-goal-" + goalId;
    }

    public static long goalId(String businessKey) {
        return Long.parseLong(businessKey.substring("orphan-goal-".length()));
    }

    /** The start of a review of {@code goalId}. */
    public static ProcessVariables start(long goalId, Duration reminderDelay, Duration escalationDelay) {
        return ProcessVariables.of(GOAL_ID, goalId).with(REMINDER_DELAY, reminderDelay)
                .with(ESCALATION_DELAY, escalationDelay);
    }

    /** {@link #TASK_RESOLVE} completed with a decision. */
    public static ProcessVariables resolved(OrphanResolution resolution) {
        return ProcessVariables.of(RESOLUTION, resolution.name());
    }

    /** {@link #TASK_RESOLVE} completed without a decision: the goal was settled meanwhile. */
    public static ProcessVariables settled() {
        return ProcessVariables.of(RESOLUTION, "SETTLED");
    }
}
