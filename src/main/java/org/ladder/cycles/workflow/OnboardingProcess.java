package org.ladder.cycles.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.durationValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;

/**
 * The contract of {@code bpmn/onboarding.bpmn} (ADR 0029), two pools:
 * <ul>
 * <li>{@code onboarding}: one instance per onboarding of a person who joined a unit during a running cycle (business
 * key {@code onboarding/<id>}). The person is asked to acknowledge the charter (a one-person acknowledgement campaign,
 * reminded once), then sets first personal goals aligned to the unit's goals with their manager: the task is due at
 * the deadline, a reminder comes before it, and after it the task is offered to the manager (HR when there is none).
 * The approval of such a goal completes the task; the last step records the onboarding as done. The stop message
 * (the person left or moved, or the cycle ended) ends it at once, its task and timers with it.</li>
 * <li>{@code onboarding-start}: one instance per chunk of at most {@link #CHUNK_SIZE} onboardings, whose one
 * asynchronous step starts the onboarding instance of each that has none yet, idempotently (as ADR 0019).</li>
 * </ul>
 * Moments are ISO-8601 instants, which the timers' and the due date's expressions read.
 */
public final class OnboardingProcess {

    public static final String KEY = "onboarding";
    public static final String START_KEY = "onboarding-start";
    /** Onboardings per start job. */
    public static final int CHUNK_SIZE = 200;
    /** The acknowledgement campaign's subject type (subject id: the onboarding's id). */
    public static final String SUBJECT = "onboarding";

    public static final String TASK_ASK = "Task_AskToAcknowledge";
    public static final String TASK_AWAIT_ACKNOWLEDGEMENT = "Task_AwaitAcknowledgement";
    public static final String TIMER_REMIND_ACKNOWLEDGEMENT = "Timer_RemindAcknowledgement";
    public static final String TASK_REMIND_ACKNOWLEDGEMENT = "Task_RemindAcknowledgement";
    public static final String TASK_CHECK_FIRST_GOALS = "Task_CheckFirstGoals";
    public static final String TASK_SET_FIRST_GOALS = "Task_SetFirstGoals";
    public static final String TIMER_REMIND_FIRST_GOALS = "Timer_RemindFirstGoals";
    public static final String TIMER_ESCALATE_FIRST_GOALS = "Timer_EscalateFirstGoals";
    public static final String TASK_REMIND_FIRST_GOALS = "Task_RemindFirstGoals";
    public static final String TASK_ESCALATE_FIRST_GOALS = "Task_EscalateFirstGoals";
    public static final String TASK_COMPLETE = "Task_CompleteOnboarding";
    public static final String END_ONBOARDED = "EndEvent_Onboarded";
    public static final String END_STOPPED = "EndEvent_OnboardingStopped";
    public static final String TASK_START_CHUNK = "Task_StartOnboardings";
    public static final String MESSAGE_ACKNOWLEDGED = "onboardingCharterAcknowledged";
    public static final String MESSAGE_STOPPED = "onboardingStopped";

    public static final ProcessVariable<Long> ONBOARDING_ID = longValue("onboardingId");
    public static final ProcessVariable<Long> PERSON_ID = longValue("personId");
    /** The new person's username: the first goals task is theirs. */
    public static final ProcessVariable<String> ASSIGNEE = stringValue("assignee");
    public static final ProcessVariable<Duration> ACKNOWLEDGEMENT_REMINDER_AFTER =
            durationValue("acknowledgementReminderAfter");
    public static final ProcessVariable<String> GOALS_REMIND_AT = stringValue("goalsRemindAt");
    public static final ProcessVariable<String> GOALS_DUE_AT = stringValue("goalsDueAt");
    public static final ProcessVariable<String> GOALS_ESCALATE_AT = stringValue("goalsEscalateAt");
    /** Set by the asking step: nothing to acknowledge (done in an earlier onboarding of the cycle, or no charter). */
    public static final ProcessVariable<Boolean> ALREADY_ACKNOWLEDGED = booleanValue("alreadyAcknowledged");
    /** Set by the check: the person already has an approved goal aligned to the unit's goals. */
    public static final ProcessVariable<Boolean> FIRST_GOALS_APPROVED = booleanValue("firstGoalsApproved");
    /** The start chunk: the ids of its onboardings, comma-separated. */
    public static final ProcessVariable<String> ONBOARDINGS = stringValue("onboardings");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private OnboardingProcess() {
    }

    public static String businessKey(long onboardingId) {
        return "onboarding/" + onboardingId;
    }

    public static String startBusinessKey(String request, int chunk) {
        return "onboarding-start/" + request + "/" + chunk;
    }

    /** The onboarding's id from its business key ({@code onboarding/42}); empty for another key. */
    public static java.util.Optional<Long> onboardingOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("onboarding/")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Long.valueOf(businessKey.substring("onboarding/".length())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The start of one onboarding. */
    public static ProcessVariables start(long onboardingId, long personId, String assignee,
            Duration acknowledgementReminderAfter, Instant goalsRemindAt, Instant goalsDueAt,
            Instant goalsEscalateAt) {
        return ProcessVariables.of(ONBOARDING_ID, onboardingId).with(PERSON_ID, personId).with(ASSIGNEE, assignee)
                .with(ACKNOWLEDGEMENT_REMINDER_AFTER, acknowledgementReminderAfter)
                .with(GOALS_REMIND_AT, iso(goalsRemindAt)).with(GOALS_DUE_AT, iso(goalsDueAt))
                .with(GOALS_ESCALATE_AT, iso(goalsEscalateAt));
    }

    /** What the asking step found. */
    public static ProcessVariables asked(boolean alreadyAcknowledged) {
        return ProcessVariables.of(ALREADY_ACKNOWLEDGED, alreadyAcknowledged);
    }

    /** What the check of the first goals found. */
    public static ProcessVariables checked(boolean firstGoalsApproved) {
        return ProcessVariables.of(FIRST_GOALS_APPROVED, firstGoalsApproved);
    }

    /** A start chunk. */
    public static ProcessVariables chunk(List<Long> onboardingIds) {
        if (onboardingIds.size() > CHUNK_SIZE) {
            throw new IllegalArgumentException("A chunk holds at most " + CHUNK_SIZE + " onboardings");
        }
        return ProcessVariables.of(ONBOARDINGS, String.join(",", onboardingIds.stream().map(String::valueOf)
                .toList()));
    }

    public static List<Long> onboardings(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : java.util.Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }

    public static String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant.atOffset(ZoneOffset.UTC));
    }
}
