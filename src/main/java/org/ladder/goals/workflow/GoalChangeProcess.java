package org.ladder.goals.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.durationValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;

import java.time.Duration;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;

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

    public static final ProcessVariable<Long> REVISION_ID = longValue("revisionId");
    /** Set by the request step when there is a campaign (somebody to ask). */
    public static final ProcessVariable<Long> CAMPAIGN_ID = longValue("campaignId");
    /** Set by the request step: true when nobody is below the changed goal (the process ends at once). */
    public static final ProcessVariable<Boolean> NOBODY_BELOW = booleanValue("nobodyBelow");
    /** How many rounds of reminder and escalation before HR follows up. */
    public static final ProcessVariable<Long> ROUNDS = longValue("goalChangeRounds");
    public static final ProcessVariable<Duration> REMINDER_DELAY = durationValue("goalChangeReminderDelay");
    public static final ProcessVariable<Duration> ESCALATION_DELAY = durationValue("goalChangeEscalationDelay");

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

    /** The start of the propagation of revision {@code revisionId}, with {@code rounds} rounds before HR's follow-up. */
    public static ProcessVariables start(long revisionId, Duration reminderDelay, Duration escalationDelay,
            long rounds) {
        return ProcessVariables.of(REVISION_ID, revisionId).with(REMINDER_DELAY, reminderDelay)
                .with(ESCALATION_DELAY, escalationDelay).with(ROUNDS, rounds);
    }
}
