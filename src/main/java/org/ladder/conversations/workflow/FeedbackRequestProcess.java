package org.ladder.conversations.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.durationValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import java.time.Duration;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;

/**
 * The contract of {@code bpmn/feedback-request.bpmn}: a person asks a colleague for feedback; the colleague's task
 * is due after {@code dueIn}, they are reminded {@code reminderDelay} after the request, and an unanswered request
 * expires after {@code expiryDelay}; the requester may withdraw it (a message). The colleague's answer — feedback
 * given, or declined — is owned by {@code FeedbackRequests}, which completes the task; the process only routes.
 * Variables carry ids only: the subject is “Feedback request 42”, the inbox names the people.
 */
public final class FeedbackRequestProcess {

    public static final String KEY = "feedback-request";

    public static final String TASK_GIVE = "Task_GiveFeedback";
    public static final String TIMER_REMIND = "Timer_RemindColleague";
    public static final String TIMER_EXPIRE = "Timer_RequestExpired";
    public static final String TASK_REMIND = "Task_RemindColleague";
    public static final String TASK_EXPIRE = "Task_CloseExpiredRequest";
    public static final String EVENT_WITHDRAWN = "BoundaryEvent_RequestWithdrawn";
    public static final String END_GIVEN = "EndEvent_FeedbackGiven";
    public static final String END_DECLINED = "EndEvent_RequestDeclined";
    public static final String END_WITHDRAWN = "EndEvent_RequestWithdrawn";
    public static final String END_EXPIRED = "EndEvent_RequestExpired";
    public static final String END_REMINDED = "EndEvent_ColleagueReminded";
    /** The message the requester's withdrawal correlates (by business key). */
    public static final String MESSAGE_WITHDRAWN = "feedbackRequestWithdrawn";

    public static final ProcessVariable<Long> REQUEST_ID = longValue("requestId");
    /** The colleague's username (the engine's user id). */
    public static final ProcessVariable<String> COLLEAGUE = stringValue("colleague");
    /** The task's description: the request's id only. */
    public static final ProcessVariable<String> SUBJECT = stringValue("subject");
    public static final ProcessVariable<Duration> DUE_IN = durationValue("dueIn");
    public static final ProcessVariable<Duration> REMINDER_DELAY = durationValue("reminderDelay");
    public static final ProcessVariable<Duration> EXPIRY_DELAY = durationValue("expiryDelay");
    public static final ProcessVariable<Boolean> DECLINED = booleanValue("declined");

    private FeedbackRequestProcess() {
    }

    public static String businessKey(long requestId) {
        return "feedback-request-" + requestId;
    }

    public static long requestId(String businessKey) {
        return Long.parseLong(businessKey.substring("feedback-request-".length()));
    }

    public static ProcessVariables start(long requestId, String colleague, Duration dueIn, Duration reminderDelay,
            Duration expiryDelay) {
        return ProcessVariables.of(REQUEST_ID, requestId).with(COLLEAGUE, colleague).with(SUBJECT, subject(requestId))
                .with(DUE_IN, dueIn).with(REMINDER_DELAY, reminderDelay).with(EXPIRY_DELAY, expiryDelay)
                .with(DECLINED, false);
    }

    /** {@link #TASK_GIVE} completed: the colleague gave feedback. */
    public static ProcessVariables given() {
        return ProcessVariables.of(DECLINED, false);
    }

    /** {@link #TASK_GIVE} completed: the colleague declined (their reason is on the request, not in the engine). */
    public static ProcessVariables declined() {
        return ProcessVariables.of(DECLINED, true);
    }

    static String subject(long requestId) {
        return "Feedback request " + requestId;
    }
}
