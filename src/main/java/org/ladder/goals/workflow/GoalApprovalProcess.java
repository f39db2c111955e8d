package org.ladder.goals.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.durationValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import java.time.Duration;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;

/**
 * The contract of {@code bpmn/goal-approval.bpmn}: a personal goal (new, or an active one whose target, weight or
 * parent changed) waits for its owner's manager; returned goals go back to the owner, who revises and resubmits or
 * withdraws. Reminder and escalation timers sit on the approval task. The approver's decision is owned by
 * {@code GoalApprovals} (approving makes the goal active in the same transaction); the process only routes.
 */
public final class GoalApprovalProcess {

    public static final String KEY = "goal-approval";

    public static final String TASK_APPROVE = "Task_ApproveGoal";
    public static final String TASK_REVISE = "Task_ReviseGoal";
    public static final String TIMER_REMIND = "Timer_RemindApprover";
    public static final String TIMER_ESCALATE = "Timer_EscalateApproval";
    public static final String END_APPROVED = "EndEvent_Approved";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String TASK_REMIND = "Task_RemindApprover";
    public static final String TASK_ESCALATE = "Task_EscalateApproval";

    public static final ProcessVariable<Long> GOAL_ID = longValue("goalId");
    public static final ProcessVariable<String> OWNER = stringValue("owner");
    public static final ProcessVariable<String> APPROVER = stringValue("approver");
    /** true when an active goal's material change is re-approved (not a first approval). */
    public static final ProcessVariable<Boolean> CHANGE = booleanValue("change");
    public static final ProcessVariable<Boolean> RETURNED = booleanValue("returned");
    public static final ProcessVariable<Boolean> WITHDRAWN = booleanValue("withdrawn");
    /**
     * The tasks' description in the engine: the goal's id only (its title may be private, and admins read the
     * engine in Cockpit); the inbox names the goal through {@code GoalTaskSubjects}, with the viewer's rights.
     */
    public static final ProcessVariable<String> SUBJECT = stringValue("subject");
    public static final ProcessVariable<Duration> REMINDER_DELAY = durationValue("approvalReminderDelay");
    public static final ProcessVariable<Duration> ESCALATION_DELAY = durationValue("approvalEscalationDelay");

    private GoalApprovalProcess() {
    }

    public static String businessKey(long goalId) {
        return "goal-" + goalId;
    }

    public static long goalId(String businessKey) {
        return Long.parseLong(businessKey.substring("goal-".length()));
    }

    /** The start of an approval of {@code goalId} by {@code approver} ({@code change}: an active goal's change). */
    public static ProcessVariables start(long goalId, String owner, String approver, boolean change,
            Duration reminderDelay, Duration escalationDelay) {
        return ProcessVariables.of(GOAL_ID, goalId).with(OWNER, owner).with(APPROVER, approver).with(CHANGE, change)
                .with(SUBJECT, subject(goalId)).with(RETURNED, false).with(WITHDRAWN, false)
                .with(REMINDER_DELAY, reminderDelay).with(ESCALATION_DELAY, escalationDelay);
    }

    /** {@link #TASK_APPROVE} completed: approved. */
    public static ProcessVariables approved() {
        return ProcessVariables.of(RETURNED, false);
    }

    /** {@link #TASK_APPROVE} completed: back to the owner (the comment is on the goal, not in the engine). */
    public static ProcessVariables returned() {
        return ProcessVariables.of(RETURNED, true);
    }

    /** {@link #TASK_REVISE} completed: back to the approver. */
    public static ProcessVariables resubmitted() {
        return ProcessVariables.of(RETURNED, false).with(WITHDRAWN, false);
    }

    /** {@link #TASK_REVISE} completed: the approval ends, the goal stays a draft. */
    public static ProcessVariables withdrawn() {
        return ProcessVariables.of(WITHDRAWN, true);
    }

    static String subject(long goalId) {
        return "Goal " + goalId;
    }
}
