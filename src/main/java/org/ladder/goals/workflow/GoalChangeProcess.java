package org.ladder.goals.workflow;

/**
 * The contract of {@code bpmn/goal-change-propagation.bpmn}: a material change of an active goal (target, period,
 * status, abandonment) asks every owner of a goal below it to acknowledge, through an acknowledgement campaign of
 * the tasks module (subject {@link #SUBJECT}, id = the revision), with reminder and manager escalation timers,
 * ending when everyone acknowledged or HR closed the campaign.
 */
public final class GoalChangeProcess {

    public static final String KEY = "goal-change-propagation";

    public static final String TASK_REQUEST = "Task_RequestGoalAcknowledgements";
    public static final String SUBPROCESS_COLLECT = "SubProcess_CollectGoalAcknowledgements";
    public static final String TIMER_REMIND = "Timer_RemindGoalPending";
    public static final String TIMER_ESCALATE = "Timer_EscalateGoalPending";
    public static final String END_ALL_ACKNOWLEDGED = "EndEvent_GoalAllAcknowledged";
    public static final String END_CLOSED = "EndEvent_GoalClosed";
    public static final String END_NOBODY = "EndEvent_NobodyToAsk";
    public static final String TASK_REMIND = "Task_RemindGoalPending";
    public static final String TASK_ESCALATE = "Task_EscalateGoalPending";

    public static final String MESSAGE_ALL_ACKNOWLEDGED = "goalChange.allAcknowledged";
    public static final String MESSAGE_CLOSED = "goalChange.closed";

    public static final String VAR_REVISION_ID = "revisionId";
    public static final String VAR_CAMPAIGN_ID = "campaignId";
    public static final String VAR_REMINDER_DELAY = "goalChangeReminderDelay";
    public static final String VAR_ESCALATION_DELAY = "goalChangeEscalationDelay";

    /** Acknowledgement campaigns of goal changes use this subject type; the subject id is the revision id. */
    public static final String SUBJECT = "goal-change";

    private GoalChangeProcess() {
    }

    public static String businessKey(long revisionId) {
        return "goal-change-" + revisionId;
    }

    public static long revisionId(String businessKey) {
        return Long.parseLong(businessKey.substring("goal-change-".length()));
    }
}
