package org.ladder.goals.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ladder.goals.GoalTimings;
import org.ladder.support.RecordingDelegate;

/**
 * Paths through {@code bpmn/goal-change-propagation.bpmn} on an in-memory engine with the delegates mocked: nobody
 * below, everyone acknowledging, HR closing, and the bounded rounds of reminder and escalation that end in HR's
 * follow-up instead of going on for ever.
 */
@Deployment(resources = "bpmn/goal-change-propagation.bpmn")
class GoalChangePropagationPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static final long CAMPAIGN = 99L;

    RecordingDelegate request;
    RecordingDelegate remind;
    RecordingDelegate escalate;
    RecordingDelegate close;

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine.getProcessEngine());
        request = RecordingDelegate.register("requestGoalChangeAcknowledgements").doing(e -> {
            GoalChangeProcess.NOBODY_BELOW.set(e, false);
            GoalChangeProcess.CAMPAIGN_ID.set(e, CAMPAIGN);
        });
        remind = RecordingDelegate.register("remindGoalChangePending");
        escalate = RecordingDelegate.register("escalateGoalChangePending");
        close = RecordingDelegate.register("closeGoalChangeAcknowledgements");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /** A change of revision 5 with {@code rounds} rounds, after its first (asynchronous) step. */
    private ProcessInstance changed(Integer rounds) {
        GoalTimings timings = new GoalTimings(null, null, null, null, null, null, null, rounds);
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(GoalChangeProcess.KEY,
                GoalChangeProcess.businessKey(5), GoalChangeProcess.start(5, timings.changeReminderDelay(),
                        timings.changeEscalationDelay(), timings.changeRounds()).asMap());
        assertThat(pi).isWaitingAt(GoalChangeProcess.TASK_REQUEST);
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).singleResult());
        return pi;
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        Job job = managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
        assertThat(job).as("a timer waiting in " + activityId).isNotNull();
        return job;
    }

    private static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(GoalChangeProcess.businessKey(5))
                .correlateAll();
    }

    @Test
    void whenNobodyIsBelowTheProcessEndsAtOnce() {
        request.doing(e -> GoalChangeProcess.NOBODY_BELOW.set(e, true));
        ProcessInstance pi = changed(null);
        assertThat(pi).isEnded().hasPassed(GoalChangeProcess.END_NOBODY)
                .hasNotPassed(GoalChangeProcess.SUBPROCESS_COLLECT);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void whenEveryoneAcknowledgesTheProcessEnds() {
        ProcessInstance pi = changed(null);
        assertThat(pi).isWaitingAt(GoalChangeProcess.TIMER_REMIND);
        correlate(GoalChangeProcess.MESSAGE_ALL_ACKNOWLEDGED);
        assertThat(pi).isEnded().hasPassed(GoalChangeProcess.END_ALL_ACKNOWLEDGED);
        assertThat(remind.calls()).isEmpty();
    }

    @Test
    void afterTheConfiguredRoundsHrFollowsUpAndTheAcknowledgementsAreClosed() {
        ProcessInstance pi = changed(2);
        for (int round = 1; round <= 2; round++) {
            execute(timer(pi, GoalChangeProcess.TIMER_REMIND));
            execute(timer(pi, GoalChangeProcess.TIMER_ESCALATE));
        }
        assertThat(remind.calls()).hasSize(2);
        assertThat(escalate.calls()).hasSize(2);

        assertThat(pi).as("no third round: HR takes over").isWaitingAt(GoalChangeProcess.TASK_HR_FOLLOW_UP)
                .isNotWaitingAt(GoalChangeProcess.TIMER_REMIND, GoalChangeProcess.SUBPROCESS_ROUND);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
        assertThat(task(pi)).hasName("HR: follow up the missing acknowledgements").hasCandidateGroup("HR")
                .isNotAssigned();

        complete(task(pi));
        assertThat(pi).as("closing runs in a job, not in HR's click").isWaitingAt(GoalChangeProcess.TASK_CLOSE);
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).singleResult());
        assertThat(close.calls()).containsExactly(GoalChangeProcess.TASK_CLOSE);
        assertThat(pi).isEnded().hasPassed(GoalChangeProcess.END_CLOSED_AFTER_FOLLOW_UP);
    }

    @Test
    void theNumberOfRoundsComesFromTheSettings() {
        ProcessInstance pi = changed(3);
        for (int round = 1; round <= 3; round++) {
            assertThat(pi).isWaitingAt(GoalChangeProcess.TIMER_REMIND);
            execute(timer(pi, GoalChangeProcess.TIMER_REMIND));
            execute(timer(pi, GoalChangeProcess.TIMER_ESCALATE));
        }
        assertThat(remind.calls()).hasSize(3);
        assertThat(pi).isWaitingAt(GoalChangeProcess.TASK_HR_FOLLOW_UP);
    }

    @Test
    void hrClosingDuringTheFollowUpEndsTheProcessWithoutClosingTwice() {
        ProcessInstance pi = changed(1);
        execute(timer(pi, GoalChangeProcess.TIMER_REMIND));
        execute(timer(pi, GoalChangeProcess.TIMER_ESCALATE));
        assertThat(pi).isWaitingAt(GoalChangeProcess.TASK_HR_FOLLOW_UP);

        correlate(GoalChangeProcess.MESSAGE_CLOSED);
        assertThat(pi).isEnded().hasPassed(GoalChangeProcess.END_CLOSED)
                .hasNotPassed(GoalChangeProcess.TASK_CLOSE);
        assertThat(close.calls()).isEmpty();
    }

    @Test
    void everyoneAcknowledgingInTheSecondRoundStopsTheReminders() {
        ProcessInstance pi = changed(2);
        execute(timer(pi, GoalChangeProcess.TIMER_REMIND));
        execute(timer(pi, GoalChangeProcess.TIMER_ESCALATE));
        execute(timer(pi, GoalChangeProcess.TIMER_REMIND));

        correlate(GoalChangeProcess.MESSAGE_ALL_ACKNOWLEDGED);
        assertThat(pi).isEnded().hasPassed(GoalChangeProcess.END_ALL_ACKNOWLEDGED)
                .hasNotPassed(GoalChangeProcess.TASK_HR_FOLLOW_UP);
        assertThat(escalate.calls()).hasSize(1);
    }
}
