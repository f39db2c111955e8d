package org.ladder.cycles.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.cycles.CycleTimes;

/**
 * The contract of {@code bpmn/alignment-cycle.bpmn}: one instance per cycle (business key {@code cycle-<id>}) that
 * drives define → cascade → check-ins → review → revise → close (ADR 0026). Moments are ISO-8601 instants, which the
 * timers and due dates read.
 */
public final class AlignmentCycleProcess {

    public static final String KEY = "alignment-cycle";

    public static final String TASK_CONFIRM_CHARTER = "Task_ConfirmCharter";
    public static final String TASK_START_CASCADE = "Task_StartCascade";
    public static final String TASK_AWAIT_CASCADE = "Task_AwaitCascade";
    public static final String TASK_START_CHECK_INS = "Task_StartCheckIns";
    public static final String TASK_START_REVIEWS = "Task_StartReviews";
    public static final String TASK_AWAIT_REVIEWS = "Task_AwaitReviews";
    public static final String TASK_GATHER_OUTCOMES = "Task_GatherOutcomes";
    public static final String TASK_REVISE = "Task_Revise";
    public static final String TASK_AWAIT_NEXT_CHARTER = "Task_AwaitNextCharter";
    public static final String TASK_START_CLOSE = "Task_StartClose";
    public static final String TASK_AWAIT_CLOSE = "Task_AwaitClose";
    public static final String TASK_FREEZE = "Task_FreezeCycle";
    public static final String EVENT_CHARTER_PUBLISHED = "Event_CharterPublished";
    public static final String TIMER_REMIND_CHARTER = "Timer_RemindCharter";
    public static final String TIMER_CHARTER_LATE = "Timer_CharterLate";
    public static final String TIMER_CASCADE_DEADLINE = "Timer_CascadeDeadline";
    public static final String TIMER_REVIEWS_OPEN = "Timer_ReviewsOpen";
    public static final String TIMER_REVIEW_DEADLINE = "Timer_ReviewDeadline";
    public static final String TIMER_REMIND_REVISE = "Timer_RemindRevise";
    public static final String TIMER_NEXT_CHARTER_DEADLINE = "Timer_NextCharterDeadline";
    public static final String TIMER_CLOSE_DEADLINE = "Timer_CloseDeadline";
    public static final String END_CLOSED = "EndEvent_CycleClosed";

    public static final String MESSAGE_CHARTER_PUBLISHED = "cycle.charterPublished";
    public static final String MESSAGE_CASCADE_DONE = "cycle.cascadeDone";
    public static final String MESSAGE_REVIEWS_DONE = "cycle.reviewsDone";
    public static final String MESSAGE_CLOSING_DONE = "cycle.closingDone";

    public static final ProcessVariable<Long> CYCLE_ID = longValue("cycleId");
    public static final ProcessVariable<String> DEFINE_DUE_AT = stringValue("defineDueAt");
    public static final ProcessVariable<String> DEFINE_REMIND_AT = stringValue("defineRemindAt");
    public static final ProcessVariable<String> CASCADE_DUE_AT = stringValue("cascadeDueAt");
    public static final ProcessVariable<String> REVIEW_OPENS_AT = stringValue("reviewOpensAt");
    public static final ProcessVariable<String> REVIEW_DUE_AT = stringValue("reviewDueAt");
    public static final ProcessVariable<String> REVISE_DUE_AT = stringValue("reviseDueAt");
    public static final ProcessVariable<String> REVISE_REMIND_AT = stringValue("reviseRemindAt");
    public static final ProcessVariable<String> CLOSE_DUE_AT = stringValue("closeDueAt");
    /** Completion of {@link #TASK_CONFIRM_CHARTER}: leadership revises the charter (the cycle waits for it). */
    public static final ProcessVariable<Boolean> CHARTER_REVISED = booleanValue("charterRevised");
    /** Completion of {@link #TASK_REVISE}: leadership drafts a new charter version. */
    public static final ProcessVariable<Boolean> NEW_CHARTER = booleanValue("newCharter");
    /** Set by {@link #TASK_START_CLOSE}: some owners were asked to close their open goals (else the close is done). */
    public static final ProcessVariable<Boolean> OWNERS_ASKED = booleanValue("ownersAsked");

    private AlignmentCycleProcess() {
    }

    public static String businessKey(long cycleId) {
        return "cycle-" + cycleId;
    }

    /** The prefix of every business key of the cycle's instances (its units', people's and launch chunks'). */
    public static String businessKeyPrefix(long cycleId) {
        return "cycle-" + cycleId + "/";
    }

    public static ProcessVariables start(long cycleId, CycleTimes times) {
        return ProcessVariables.of(CYCLE_ID, cycleId).with(DEFINE_DUE_AT, CycleTimes.iso(times.defineDue()))
                .with(DEFINE_REMIND_AT, CycleTimes.iso(times.defineRemind()))
                .with(CASCADE_DUE_AT, CycleTimes.iso(times.cascadeDue()))
                .with(REVIEW_OPENS_AT, CycleTimes.iso(times.reviewOpens()))
                .with(REVIEW_DUE_AT, CycleTimes.iso(times.reviewDue()))
                .with(REVISE_DUE_AT, CycleTimes.iso(times.reviseDue()))
                .with(REVISE_REMIND_AT, CycleTimes.iso(times.reviseRemind()))
                .with(CLOSE_DUE_AT, CycleTimes.iso(times.closeDue()));
    }

    public static ProcessVariables charterConfirmed() {
        return ProcessVariables.of(CHARTER_REVISED, false);
    }

    public static ProcessVariables charterToBeRevised() {
        return ProcessVariables.of(CHARTER_REVISED, true);
    }

    public static ProcessVariables strategyKept() {
        return ProcessVariables.of(NEW_CHARTER, false);
    }

    public static ProcessVariables newCharterDrafted() {
        return ProcessVariables.of(NEW_CHARTER, true);
    }
}
