package org.ladder.checkins.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.checkins.CadenceCalendar;
import org.ladder.checkins.CadencePeriod;
import org.ladder.checkins.Frequency;
import org.ladder.support.RecordingDelegate;

/**
 * Paths through {@code bpmn/check-in-cadence.bpmn} on an in-memory engine with the delegates mocked (no Spring): a
 * period's task with its due date, the reminder, a missed period, a check-in followed by the manager's 1:1 (or none
 * without a manager), a change of frequency from the next period, the end date, a stop and a leaver. The planning
 * stand-in uses the real period rules over a "cadence row" the test changes; timers fire through the job query.
 */
@Deployment(resources = "bpmn/check-in-cadence.bpmn")
class CheckInCadencePathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final CadenceCalendar CALENDAR = new CadenceCalendar(ZONE, LocalTime.of(8, 0), LocalTime.of(17, 0), 480,
            MonthDay.of(12, 31));
    /** Monday 7 December 2026, 09:00 in Berlin. */
    static final Instant MONDAY = LocalDate.of(2026, 12, 7).atTime(9, 0).atZone(ZONE).toInstant();

    RecordingDelegate plan;
    RecordingDelegate remind;
    RecordingDelegate missed;
    /** The person's cadence row as the planning step would read it. */
    Frequency frequency = Frequency.WEEKLY;
    LocalDate endsOn = LocalDate.of(2027, 6, 30);
    boolean stillActive = true;

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine.getProcessEngine());
        remind = RecordingDelegate.register("remindCheckIn");
        missed = RecordingDelegate.register("markCheckInMissed");
        plan = RecordingDelegate.register("planNextCheckInPeriod").doing(e -> {
            CadencePeriod next = CALENDAR.next(frequency,
                    LocalDate.parse(CheckInCadenceProcess.PERIOD_END.from(e)), MONDAY, 0);
            ProcessVariables v = stillActive && CadenceCalendar.within(next, endsOn)
                    ? CheckInCadenceProcess.period(next, next.opensAt()) : CheckInCadenceProcess.over();
            e.setVariables(v.asMap());
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(Instant now) {
        CadencePeriod first = CALENDAR.first(frequency, now, 0);
        return runtimeService().startProcessInstanceByKey(CheckInCadenceProcess.KEY,
                CheckInCadenceProcess.businessKey(42),
                CheckInCadenceProcess.start(42, "employee", first, now).asMap());
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private static Task checkIn(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(CheckInCadenceProcess.TASK_CHECK_IN)
                .singleResult();
    }

    private static Task oneOnOne(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(CheckInCadenceProcess.TASK_ONE_ON_ONE)
                .singleResult();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDate.of(year, month, day).atTime(hour, minute).atZone(ZONE).toInstant());
    }

    private static Date at(Instant instant) {
        return Date.from(instant);
    }

    @Test
    void thePeriodsCheckInIsThePersonsTaskDueOnItsLastWorkingDayWithAReminderTheDayBefore() {
        ProcessInstance pi = start(MONDAY);

        assertThat(pi).isWaitingAt(CheckInCadenceProcess.TASK_CHECK_IN);
        Task t = checkIn(pi);
        assertThat(t).isAssignedTo("employee").hasName("Employee: check in").hasDescription("Week of 7 Dec 2026");
        assertThat(t.getDueDate()).isEqualTo(at(2026, 12, 11, 17, 0));
        assertThat(timer(pi, CheckInCadenceProcess.TIMER_REMIND).getDuedate()).isEqualTo(at(2026, 12, 10, 8, 0));
        assertThat(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_ENDS).getDuedate())
                .as("the period ends when the next opens").isEqualTo(at(2026, 12, 14, 8, 0));
    }

    @Test
    void aCadenceStartedLateInThePeriodWaitsForTheNextOne() {
        Instant thursday = LocalDate.of(2026, 12, 10).atTime(12, 0).atZone(ZONE).toInstant();
        ProcessInstance pi = start(thursday);

        assertThat(pi).isWaitingAt(CheckInCadenceProcess.TIMER_PERIOD_BEGINS);
        assertThat(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_BEGINS).getDuedate()).isEqualTo(at(2026, 12, 14, 8, 0));
        execute(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_BEGINS));
        assertThat(checkIn(pi)).hasDescription("Week of 14 Dec 2026");
    }

    @Test
    void theReminderTellsThePersonAndTheTaskStaysOpen() {
        ProcessInstance pi = start(MONDAY);
        execute(timer(pi, CheckInCadenceProcess.TIMER_REMIND));

        assertThat(remind.calls()).containsExactly(CheckInCadenceProcess.TASK_REMIND);
        assertThat(pi).isWaitingAt(CheckInCadenceProcess.TASK_CHECK_IN);
        assertThat(missed.calls()).isEmpty();
    }

    @Test
    void aPeriodThatEndsWithoutACheckInIsMarkedMissedAndTheNextPeriodOpensAtOnce() {
        ProcessInstance pi = start(MONDAY);
        String first = checkIn(pi).getId();

        execute(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_ENDS));

        assertThat(missed.calls()).containsExactly(CheckInCadenceProcess.TASK_MARK_MISSED);
        assertThat(plan.calls()).containsExactly(CheckInCadenceProcess.TASK_PLAN);
        Task next = checkIn(pi);
        assertThat(next.getId()).isNotEqualTo(first);
        assertThat(next).hasDescription("Week of 14 Dec 2026");
        assertThat(next.getDueDate()).isEqualTo(at(2026, 12, 18, 17, 0));
        assertThat(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_BEGINS)).as("no timer job for a begun period").isNull();
        assertThat(oneOnOne(pi)).as("no 1:1 without a check-in").isNull();
    }

    @Test
    void aCheckInIsFollowedByTheManagersOneOnOneAndTheNextPeriodOpensWhenThisOneEnds() {
        ProcessInstance pi = start(MONDAY);
        Instant due = LocalDate.of(2026, 12, 12).atTime(9, 0).atZone(ZONE).toInstant();
        complete(checkIn(pi), CheckInCadenceProcess.checkedIn(7, "manager", due, due.plusSeconds(7 * 86400))
                .asMap());

        Task oneOnOne = oneOnOne(pi);
        assertThat(oneOnOne).isAssignedTo("manager").hasName("Manager: hold the 1:1");
        assertThat(oneOnOne.getDueDate()).isEqualTo(at(due));
        assertThat(checkIn(pi)).as("checked in: nothing until the period ends").isNull();
        assertThat(missed.calls()).isEmpty();
        assertThat(plan.calls()).as("the next period is planned when this one ends").isEmpty();
        Job periodOver = timer(pi, CheckInCadenceProcess.TIMER_PERIOD_OVER);
        assertThat(periodOver.getDuedate()).isEqualTo(at(2026, 12, 14, 8, 0));

        execute(periodOver);
        assertThat(checkIn(pi)).hasDescription("Week of 14 Dec 2026");
        complete(oneOnOne(pi));
        assertThat(pi).hasPassed(CheckInCadenceProcess.END_ONE_ON_ONE_HELD).isNotEnded();
    }

    @Test
    void withoutAManagerThereIsNoOneOnOne() {
        ProcessInstance pi = start(MONDAY);
        Instant due = MONDAY.plusSeconds(3 * 86400);
        complete(checkIn(pi), CheckInCadenceProcess.checkedIn(7, null, due, due.plusSeconds(7 * 86400)).asMap());

        assertThat(oneOnOne(pi)).isNull();
        assertThat(pi).hasPassed(CheckInCadenceProcess.END_NO_MANAGER);
    }

    @Test
    void aOneOnOneNotHeldLapsesInsteadOfPilingUp() {
        ProcessInstance pi = start(MONDAY);
        Instant due = MONDAY.plusSeconds(3 * 86400);
        complete(checkIn(pi), CheckInCadenceProcess.checkedIn(7, "manager", due, due.plusSeconds(7 * 86400)).asMap());

        assertThat(timer(pi, CheckInCadenceProcess.TIMER_ONE_ON_ONE_LAPSES).getDuedate())
                .isEqualTo(at(due.plusSeconds(7 * 86400)));
        execute(timer(pi, CheckInCadenceProcess.TIMER_ONE_ON_ONE_LAPSES));
        assertThat(oneOnOne(pi)).isNull();
        assertThat(pi).hasPassed(CheckInCadenceProcess.END_ONE_ON_ONE_LAPSED);
    }

    @Test
    void aChangedCadenceTakesEffectFromTheNextPeriod() {
        ProcessInstance pi = start(MONDAY);
        frequency = Frequency.MONTHLY; // HR changes the row during the week

        assertThat(checkIn(pi).getDueDate()).as("the open period keeps its dates").isEqualTo(at(2026, 12, 11, 17, 0));
        execute(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_ENDS));

        Task next = checkIn(pi);
        assertThat(next).as("14 Dec lies in December's first half: December it is").hasDescription("December 2026");
        assertThat(next.getDueDate()).as("its last working day").isEqualTo(at(2026, 12, 31, 17, 0));
        frequency = Frequency.WEEKLY;
        execute(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_ENDS));
        assertThat(checkIn(pi)).as("back to weekly after December").hasDescription("Week of 4 Jan 2027");
    }

    @Test
    void theCadenceEndsAfterItsEndDateAndAnOpenOneOnOneIsStillHeld() {
        endsOn = LocalDate.of(2026, 12, 13);
        ProcessInstance pi = start(MONDAY);
        Instant due = MONDAY.plusSeconds(3 * 86400);
        complete(checkIn(pi), CheckInCadenceProcess.checkedIn(7, "manager", due, due.plusSeconds(7 * 86400)).asMap());

        execute(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_OVER));
        assertThat(pi).hasPassed(CheckInCadenceProcess.END_CADENCE_ENDED).isNotEnded();
        assertThat(checkIn(pi)).isNull();
        complete(oneOnOne(pi));
        assertThat(pi).isEnded();
    }

    @Test
    void stoppingEndsTheCadenceAtOnceWithItsOpenTasks() {
        ProcessInstance pi = start(MONDAY);
        Instant due = MONDAY.plusSeconds(3 * 86400);
        complete(checkIn(pi), CheckInCadenceProcess.checkedIn(7, "manager", due, due.plusSeconds(7 * 86400)).asMap());
        execute(timer(pi, CheckInCadenceProcess.TIMER_PERIOD_OVER));
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).as("next check-in and the 1:1").isEqualTo(2);

        runtimeService().createMessageCorrelation(CheckInCadenceProcess.MESSAGE_STOPPED)
                .processInstanceId(pi.getId()).correlateWithResult();

        assertThat(pi).isEnded().hasPassed(CheckInCadenceProcess.END_STOPPED);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aPersonWhoLeftHasTheirOpenCheckInClosedAndNoFurtherPeriod() {
        ProcessInstance pi = start(MONDAY);
        // the leaver's listener stops the cadence: the open check-in closes
        runtimeService().createMessageCorrelation(CheckInCadenceProcess.MESSAGE_STOPPED)
                .processInstanceId(pi.getId()).correlateWithResult();
        assertThat(pi).isEnded().hasNotPassed(CheckInCadenceProcess.TASK_MARK_MISSED);
        assertThat(checkIn(pi)).isNull();

        // and should a stop ever be lost, the planning step ends the cadence of someone who left
        stillActive = false;
        ProcessInstance other = start(MONDAY);
        execute(timer(other, CheckInCadenceProcess.TIMER_PERIOD_ENDS));
        assertThat(other).isEnded().hasPassed(CheckInCadenceProcess.END_CADENCE_ENDED);
        assertThat(checkIn(other)).isNull();
    }

    @Test
    void aLaunchChunkRunsAsAJobWithABackOff() {
        RecordingDelegate launch = RecordingDelegate.register("bringCadencesInLine");
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(CheckInCadenceProcess.LAUNCH_KEY,
                CheckInCadenceProcess.launchBusinessKey("r1", 0), CheckInCadenceProcess.launch(List.of(1L, 2L))
                        .asMap());
        assertThat(launch.calls()).as("not in the caller's transaction").isEmpty();
        assertThat(pi).isWaitingAt(CheckInCadenceProcess.TASK_LAUNCH_CHUNK);

        execute(managementService().createJobQuery().processInstanceId(pi.getId()).singleResult());
        assertThat(launch.calls()).containsExactly(CheckInCadenceProcess.TASK_LAUNCH_CHUNK);
        assertThat(pi).isEnded();
    }
}
