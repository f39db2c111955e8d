package org.ladder.charter.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.durationValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringList;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import java.time.Duration;
import java.util.List;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;

/**
 * The contract of {@code bpmn/charter-publication.bpmn}: process key, element ids, message names, typed variables
 * and the variables each task completes with. Nothing else in the code spells these strings. Each leader's approval
 * or return is owned by {@code CharterService}; publication is the process's own step, taken when the last leader
 * approved ({@code Task_PublishCharter}).
 */
public final class CharterPublicationProcess {

    public static final String KEY = "charter-publication";

    // user tasks
    public static final String TASK_APPROVE = "Task_ApproveCharter";
    public static final String TASK_REVISE = "Task_ReviseDraft";
    public static final String TASK_HR_FOLLOW_UP = "Task_HrFollowUp";

    // service tasks and waits (for tests and diagrams)
    public static final String TASK_PUBLISH = "Task_PublishCharter";
    public static final String TASK_REQUEST_ACKNOWLEDGEMENTS = "Task_RequestAcknowledgements";
    public static final String SUBPROCESS_COLLECT = "SubProcess_CollectAcknowledgements";
    public static final String TIMER_REMIND = "Timer_RemindPending";
    public static final String TIMER_ESCALATE_MANAGERS = "Timer_EscalateToManagers";
    public static final String TIMER_ESCALATE_HR = "Timer_EscalateToHr";
    public static final String TASK_CLOSE = "Task_CloseAcknowledgements";
    public static final String TIMER_REMIND_APPROVERS = "Timer_RemindApprovers";
    public static final String TIMER_ESCALATE_APPROVAL = "Timer_EscalateApproval";
    public static final String TASK_REMIND_APPROVERS = "Task_RemindApprovers";
    public static final String TASK_ESCALATE_APPROVAL = "Task_EscalateApproval";
    public static final String END_CLOSED_AFTER_FOLLOW_UP = "EndEvent_ClosedAfterFollowUp";
    public static final String END_ALL_ACKNOWLEDGED = "EndEvent_AllAcknowledged";
    public static final String END_CLOSED = "EndEvent_Closed";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    // messages
    public static final String MESSAGE_ALL_ACKNOWLEDGED = "charter.allAcknowledged";
    public static final String MESSAGE_CLOSE = "charter.closeAcknowledgements";

    // variables (ids and flags only, never entities)
    public static final ProcessVariable<Long> VERSION_ID = longValue("versionId");
    public static final ProcessVariable<String> DRAFTER = stringValue("drafter");
    /** The leaders who approve (everyone with the leadership role but the drafter): one approval task each. */
    public static final ProcessVariable<List<String>> APPROVERS = stringList("approvers");
    /** The element variable of the approval's multi-instance: the approver of one task. */
    public static final ProcessVariable<String> APPROVER = stringValue("approver");
    public static final ProcessVariable<Boolean> RETURNED = booleanValue("returned");
    public static final ProcessVariable<Boolean> WITHDRAWN = booleanValue("withdrawn");
    public static final ProcessVariable<Duration> REMINDER_DELAY = durationValue("reminderDelay");
    public static final ProcessVariable<Duration> MANAGER_DELAY = durationValue("managerEscalationDelay");
    public static final ProcessVariable<Duration> HR_DELAY = durationValue("hrEscalationDelay");
    public static final ProcessVariable<Duration> APPROVAL_REMINDER_DELAY = durationValue("approvalReminderDelay");
    public static final ProcessVariable<Duration> APPROVAL_ESCALATION_DELAY = durationValue("approvalEscalationDelay");

    /** Acknowledgement campaigns of charter versions use this subject type. */
    public static final String SUBJECT = "charter";

    private CharterPublicationProcess() {
    }

    public static String businessKey(long versionId) {
        return "charter-" + versionId;
    }

    public static long versionId(String businessKey) {
        return Long.parseLong(businessKey.substring("charter-".length()));
    }

    /** The start of the publication of {@code versionId}, drafted by {@code drafter}. */
    public static ProcessVariables start(long versionId, String drafter, List<String> approvers,
            CharterTimings timings) {
        return ProcessVariables.of(VERSION_ID, versionId).with(DRAFTER, drafter).with(APPROVERS, approvers)
                .with(RETURNED, false).with(WITHDRAWN, false).with(REMINDER_DELAY, timings.reminderDelay())
                .with(MANAGER_DELAY, timings.managerEscalationDelay()).with(HR_DELAY, timings.hrEscalationDelay())
                .with(APPROVAL_REMINDER_DELAY, timings.approvalReminderDelay())
                .with(APPROVAL_ESCALATION_DELAY, timings.approvalEscalationDelay());
    }

    /**
     * {@link #TASK_APPROVE} completed: one leader approved. Publication is the process's step, when the last
     * leader's task is complete.
     */
    public static ProcessVariables approved() {
        return ProcessVariables.create();
    }

    /** {@link #TASK_APPROVE} completed: the draft goes back to its drafter (the other approvals end). */
    public static ProcessVariables returned() {
        return ProcessVariables.of(RETURNED, true);
    }

    /** {@link #TASK_REVISE} completed: back to the approvers. */
    public static ProcessVariables resubmitted() {
        return ProcessVariables.of(RETURNED, false).with(WITHDRAWN, false);
    }

    /** {@link #TASK_REVISE} completed: the publication ends, the version stays a draft. */
    public static ProcessVariables withdrawn() {
        return ProcessVariables.of(WITHDRAWN, true);
    }
}
