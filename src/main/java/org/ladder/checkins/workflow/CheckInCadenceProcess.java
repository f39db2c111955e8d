package org.ladder.checkins.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.checkins.CadencePeriod;
import org.ladder.checkins.CadenceTasks;

/**
 * The contract of {@code bpmn/check-in-cadence.bpmn}, two pools:
 * <ul>
 * <li>{@code check-in-cadence}: one instance per person (business key: the person's id, see {@link CadenceTasks}).
 * Per period the check-in task opens (assigned to the person, due on the period's last working day), a reminder comes
 * the working day before, and the period ends: missed without a check-in, else the manager's 1:1 task follows the
 * check-in. At every period's end the next period is planned from the person's cadence row (so a change takes effect
 * from the next period) until the cadence's end date; the stop message ends it at once, open tasks included.</li>
 * <li>{@code check-in-cadence-launch}: one instance per chunk of at most {@link #CHUNK_SIZE} people, whose one
 * asynchronous step brings each person's instance in line with their cadence row (starts the missing ones, stops the
 * stopped ones), idempotently (ADR 0019).</li>
 * </ul>
 * Moments are stored as ISO-8601 instants ({@code 2026-12-07T07:00:00Z}), which timer and due-date expressions read.
 */
public final class CheckInCadenceProcess {

    public static final String KEY = CadenceTasks.PROCESS_KEY;
    public static final String LAUNCH_KEY = "check-in-cadence-launch";
    /** People per launch job: small enough for one transaction of a few seconds, large enough to batch. */
    public static final int CHUNK_SIZE = 200;

    public static final String TASK_CHECK_IN = CadenceTasks.CHECK_IN_TASK;
    public static final String TASK_ONE_ON_ONE = CadenceTasks.ONE_ON_ONE_TASK;
    public static final String TIMER_PERIOD_BEGINS = "Timer_PeriodBegins";
    public static final String TIMER_REMIND = "Timer_RemindCheckIn";
    public static final String TIMER_PERIOD_ENDS = "Timer_PeriodEnds";
    public static final String TIMER_PERIOD_OVER = "Timer_PeriodOver";
    public static final String TIMER_ONE_ON_ONE_LAPSES = "Timer_OneOnOneLapses";
    public static final String TASK_REMIND = "Task_RemindCheckIn";
    public static final String TASK_MARK_MISSED = "Task_MarkMissed";
    public static final String TASK_PLAN = "Task_PlanNextPeriod";
    public static final String END_CADENCE_ENDED = "EndEvent_CadenceEnded";
    public static final String END_STOPPED = "EndEvent_CadenceStopped";
    public static final String END_ONE_ON_ONE_HELD = "EndEvent_OneOnOneHeld";
    public static final String END_ONE_ON_ONE_LAPSED = "EndEvent_OneOnOneLapsed";
    public static final String END_NO_MANAGER = "EndEvent_NoManager";
    public static final String TASK_LAUNCH_CHUNK = "Task_BringCadencesInLine";
    public static final String MESSAGE_STOPPED = "checkInCadenceStopped";

    public static final ProcessVariable<Long> PERSON_ID = longValue("personId");
    public static final ProcessVariable<String> ASSIGNEE = stringValue("assignee");
    public static final ProcessVariable<String> FREQUENCY = stringValue("frequency");
    public static final ProcessVariable<String> PERIOD_START = stringValue("periodStart");
    public static final ProcessVariable<String> PERIOD_END = stringValue("periodEnd");
    /** The check-in task's description: “Week of 7 Dec 2026” (no names, nothing private). */
    public static final ProcessVariable<String> PERIOD_LABEL = stringValue("periodLabel");
    public static final ProcessVariable<String> OPENS_AT = stringValue("opensAt");
    public static final ProcessVariable<String> REMIND_AT = stringValue("remindAt");
    public static final ProcessVariable<String> DUE_AT = stringValue("dueAt");
    public static final ProcessVariable<String> ENDS_AT = stringValue("endsAt");
    /** Set with each period: whether it has already begun (then the task opens at once, without a timer job). */
    public static final ProcessVariable<Boolean> PERIOD_BEGUN = booleanValue("periodBegun");
    /** Set by the planning step: the cadence's end date is passed, or it was stopped. */
    public static final ProcessVariable<Boolean> CADENCE_OVER = booleanValue("cadenceOver");
    /** Completion of the check-in task: the check-in, the manager's username (null: no manager) and the 1:1's dates. */
    public static final ProcessVariable<Long> CHECK_IN_ID = longValue("checkInId");
    public static final ProcessVariable<String> MANAGER = stringValue("manager");
    public static final ProcessVariable<Boolean> HAS_MANAGER = booleanValue("hasManager");
    public static final ProcessVariable<String> ONE_ON_ONE_DUE_AT = stringValue("oneOnOneDueAt");
    public static final ProcessVariable<String> ONE_ON_ONE_LAPSES_AT = stringValue("oneOnOneLapsesAt");
    /** The launch chunk: the ids of the people whose instances it brings in line, comma-separated. */
    public static final ProcessVariable<String> PEOPLE = stringValue("people");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CheckInCadenceProcess() {
    }

    /** One running cadence per person: its business key is the person's id. */
    public static String businessKey(long personId) {
        return Long.toString(personId);
    }

    public static String launchBusinessKey(String request, int chunk) {
        return "cadence-launch/" + request + "/" + chunk;
    }

    /** The start of a person's cadence with its first period. */
    public static ProcessVariables start(long personId, String assignee, CadencePeriod first, Instant now) {
        return ProcessVariables.of(PERSON_ID, personId).with(ASSIGNEE, assignee).with(period(first, now));
    }

    /** The variables of a period (set at the start and by the planning step). */
    public static ProcessVariables period(CadencePeriod p, Instant now) {
        return ProcessVariables.of(FREQUENCY, p.frequency().name()).with(PERIOD_START, p.start().toString())
                .with(PERIOD_END, p.end().toString()).with(PERIOD_LABEL, p.label())
                .with(OPENS_AT, iso(p.opensAt())).with(REMIND_AT, iso(p.remindAt())).with(DUE_AT, iso(p.dueAt()))
                .with(ENDS_AT, iso(p.endsAt())).with(PERIOD_BEGUN, !p.opensAt().isAfter(now))
                .with(CADENCE_OVER, false);
    }

    /** The planning step found no further period. */
    public static ProcessVariables over() {
        return ProcessVariables.of(CADENCE_OVER, true);
    }

    /** {@link #TASK_CHECK_IN} completed by a check-in; {@code manager} null when the person has none. */
    public static ProcessVariables checkedIn(long checkInId, String manager, Instant oneOnOneDue,
            Instant oneOnOneLapses) {
        return ProcessVariables.of(CHECK_IN_ID, checkInId).with(MANAGER, manager).with(HAS_MANAGER, manager != null)
                .with(ONE_ON_ONE_DUE_AT, iso(oneOnOneDue)).with(ONE_ON_ONE_LAPSES_AT, iso(oneOnOneLapses));
    }

    /** A launch chunk. */
    public static ProcessVariables launch(List<Long> people) {
        if (people.size() > CHUNK_SIZE) {
            throw new IllegalArgumentException("A chunk holds at most " + CHUNK_SIZE + " people");
        }
        return ProcessVariables.of(PEOPLE, String.join(",", people.stream().map(String::valueOf).toList()));
    }

    /** The people of a launch chunk. */
    public static List<Long> people(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : java.util.Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }

    public static String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant.atOffset(ZoneOffset.UTC));
    }

    public static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
