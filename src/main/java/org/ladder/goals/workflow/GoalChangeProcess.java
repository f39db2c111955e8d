package org.ladder.goals.workflow;

/**
 * The contract of {@code bpmn/goal-change-propagation.bpmn}: a material change of an active goal (target, period,
 * status, abandonment) asks every owner of a goal below it to acknowledge, through an acknowledgement campaign of
 * the tasks module (subject {@link #SUBJECT}, id = the revision), with a bounded number of rounds of reminder and
 * manager escalation, then HR's follow-up; it ends when everyone acknowledged or HR closed the campaign.
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
    /** One round (sequential multi-instance): reminder, then the managers are told. */
    public static final String SUBPROCESS_ROUND = "SubProcess_ChaseRound";
    public static final String END_ROUND = "EndEvent_Round";
    public static final String TASK_HR_FOLLOW_UP = "Task_HrFollowUp";
    public static final String TASK_CLOSE = "Task_CloseGoalAcknowledgements";
    public static final String END_CLOSED_AFTER_FOLLOW_UP = "EndEvent_GoalClosedAfterFollowUp";

    public static final String MESSAGE_ALL_ACKNOWLEDGED = "goalChange.allAcknowledged";
    public static final String MESSAGE_CLOSED = "goalChange.closed";

    public static final String VAR_REVISION_ID = "revisionId";
    /** Set by the request step when there is a campaign (somebody to ask). */
    public static final String VAR_CAMPAIGN_ID = "campaignId";
    /** Set by the request step: true when nobody is below the changed goal (the process ends at once). */
    public static final String VAR_NOBODY_BELOW = "nobodyBelow";
    /** How many rounds of reminder and escalation before HR follows up. */
    public static final String VAR_ROUNDS = "goalChangeRounds";
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
