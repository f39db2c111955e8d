package org.ladder.cycles.workflow;

import static org.ladder.base.workflow.ProcessVariable.booleanValue;
import static org.ladder.base.workflow.ProcessVariable.longValue;
import static org.ladder.base.workflow.ProcessVariable.stringValue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.ladder.base.workflow.ProcessVariable;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.cycles.CycleTimes;

/**
 * The contract of {@code bpmn/unit-cascade.bpmn}, three pools:
 * <ul>
 * <li>{@code unit-cascade}: one instance per unit of a cycle (business key {@code cycle-<id>/unit-<unitId>}): the head
 * sets the unit's goals (reminder, escalation to the skip-level manager, then HR), then the unit is ready and its
 * people and sub-units start.</li>
 * <li>{@code cycle-personal-goals}: one instance per person (business key {@code cycle-<id>/person-<personId>}): the
 * person drafts personal goals and gets one approved (reminder, then the manager is told).</li>
 * <li>{@code cycle-launch}: one instance per chunk of at most {@link #CHUNK_SIZE} units or people, whose one
 * asynchronous step starts each one's instance idempotently (ADR 0027).</li>
 * </ul>
 */
public final class UnitCascadeProcess {

    public static final String KEY = "unit-cascade";
    public static final String PERSON_KEY = "cycle-personal-goals";
    public static final String LAUNCH_KEY = "cycle-launch";
    public static final int CHUNK_SIZE = org.ladder.cycles.CycleLimits.CHUNK_SIZE;

    public static final String TASK_SET_UNIT_GOALS = "Task_SetUnitGoals";
    public static final String TASK_START_UNIT_PEOPLE = "Task_StartUnitPeople";
    public static final String TIMER_REMIND_HEAD = "Timer_RemindHead";
    public static final String TIMER_ESCALATE_TO_SKIP_LEVEL = "Timer_EscalateToSkipLevel";
    public static final String TIMER_ESCALATE_TO_HR = "Timer_EscalateToHr";
    public static final String END_UNIT_READY = "EndEvent_UnitReady";
    public static final String TASK_DRAFT_PERSONAL_GOALS = "Task_DraftPersonalGoals";
    public static final String TASK_PERSONAL_GOALS_DONE = "Task_PersonalGoalsDone";
    public static final String TIMER_REMIND_PERSON = "Timer_RemindPerson";
    public static final String TIMER_ESCALATE_TO_MANAGER = "Timer_EscalateToManager";
    public static final String END_PERSONAL_GOALS_DONE = "EndEvent_PersonalGoalsDone";
    public static final String TASK_START_CHUNK = "Task_StartChunk";

    public static final ProcessVariable<Long> CYCLE_ID = longValue("cycleId");
    public static final ProcessVariable<Long> UNIT_ID = longValue("unitId");
    public static final ProcessVariable<Long> PERSON_ID = longValue("personId");
    public static final ProcessVariable<Boolean> HAS_HEAD = booleanValue("hasHead");
    public static final ProcessVariable<String> ASSIGNEE = stringValue("assignee");
    public static final ProcessVariable<String> GOALS_DUE_AT = stringValue("goalsDueAt");
    public static final ProcessVariable<String> REMIND_AT = stringValue("remindAt");
    public static final ProcessVariable<String> HR_ESCALATION_AT = stringValue("hrEscalationAt");
    /** The launch chunk: what it starts ({@link Kind}) and the ids, comma-separated. */
    public static final ProcessVariable<String> KIND = stringValue("kind");
    public static final ProcessVariable<String> IDS = stringValue("ids");

    /** What a launch chunk starts. */
    public enum Kind {
        UNITS, PEOPLE
    }

    private UnitCascadeProcess() {
    }

    public static String unitBusinessKey(long cycleId, long unitId) {
        return AlignmentCycleProcess.businessKeyPrefix(cycleId) + "unit-" + unitId;
    }

    public static String personBusinessKey(long cycleId, long personId) {
        return AlignmentCycleProcess.businessKeyPrefix(cycleId) + "person-" + personId;
    }

    /** A chunk's key: cycle, kind, the unit that queued it (0: the cascade's start) and the chunk's number. */
    public static String launchBusinessKey(long cycleId, Kind kind, long fromUnitId, int chunk) {
        return AlignmentCycleProcess.businessKeyPrefix(cycleId) + "launch/" + kind.name().toLowerCase() + "/"
                + fromUnitId + "/" + chunk;
    }

    /** The start of a unit's instance: its head (null: none, accepted at launch) and when its goals are due. */
    public static ProcessVariables unitStart(long cycleId, long unitId, String headUsername, Instant due,
            Instant remind, Instant hrEscalation) {
        return ProcessVariables.of(CYCLE_ID, cycleId).with(UNIT_ID, unitId).with(HAS_HEAD, headUsername != null)
                .with(ASSIGNEE, headUsername).with(GOALS_DUE_AT, CycleTimes.iso(due))
                .with(REMIND_AT, CycleTimes.iso(remind)).with(HR_ESCALATION_AT, CycleTimes.iso(hrEscalation));
    }

    public static ProcessVariables personStart(long cycleId, long personId, String username, Instant due,
            Instant remind) {
        return ProcessVariables.of(CYCLE_ID, cycleId).with(PERSON_ID, personId).with(ASSIGNEE, username)
                .with(GOALS_DUE_AT, CycleTimes.iso(due)).with(REMIND_AT, CycleTimes.iso(remind));
    }

    public static ProcessVariables chunk(long cycleId, Kind kind, List<Long> ids) {
        return ProcessVariables.of(CYCLE_ID, cycleId).with(KIND, kind.name())
                .with(IDS, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    public static List<Long> ids(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).map(Long::valueOf).toList();
    }
}
