package org.ladder.charter.workflow;

/**
 * The contract of {@code bpmn/charter-publication.bpmn}: process key, element ids, message names and variables.
 * Nothing else in the code spells these strings.
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
    public static final String VAR_VERSION_ID = "versionId";
    public static final String VAR_DRAFTER = "drafter";
    public static final String VAR_APPROVERS = "approvers";
    public static final String VAR_APPROVER = "approver";
    public static final String VAR_RETURNED = "returned";
    public static final String VAR_WITHDRAWN = "withdrawn";
    public static final String VAR_REMINDER_DELAY = "reminderDelay";
    public static final String VAR_MANAGER_DELAY = "managerEscalationDelay";
    public static final String VAR_HR_DELAY = "hrEscalationDelay";
    public static final String VAR_APPROVAL_REMINDER_DELAY = "approvalReminderDelay";
    public static final String VAR_APPROVAL_ESCALATION_DELAY = "approvalEscalationDelay";

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
}
