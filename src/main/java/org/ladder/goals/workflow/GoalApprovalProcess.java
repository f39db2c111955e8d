package org.ladder.goals.workflow;

/**
 * The contract of {@code bpmn/goal-approval.bpmn}: a personal goal (new, or an active one whose target, weight or
 * parent changed) waits for its owner's manager, whose approval makes it active; returned goals go back to the owner,
 * who revises and resubmits or withdraws. Reminder and escalation timers sit on the approval task.
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

    public static final String VAR_GOAL_ID = "goalId";
    public static final String VAR_OWNER = "owner";
    public static final String VAR_APPROVER = "approver";
    /** true when an active goal's material change is re-approved (not a first approval). */
    public static final String VAR_CHANGE = "change";
    public static final String VAR_RETURNED = "returned";
    /** The goal and its owner as the inbox shows them (the tasks' description). */
    public static final String VAR_SUBJECT = "subject";
    public static final String VAR_WITHDRAWN = "withdrawn";
    public static final String VAR_REMINDER_DELAY = "approvalReminderDelay";
    public static final String VAR_ESCALATION_DELAY = "approvalEscalationDelay";

    private GoalApprovalProcess() {
    }

    public static String businessKey(long goalId) {
        return "goal-" + goalId;
    }

    public static long goalId(String businessKey) {
        return Long.parseLong(businessKey.substring("goal-".length()));
    }
}
