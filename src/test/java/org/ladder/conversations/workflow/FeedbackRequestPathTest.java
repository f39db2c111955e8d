package org.ladder.conversations.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;

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
import org.ladder.conversations.FeedbackTimings;
import org.ladder.support.RecordingDelegate;

/**
 * Paths through {@code bpmn/feedback-request.bpmn} on an in-memory engine with the delegates mocked: feedback given,
 * declined, the reminder before the due date (the task stays), the end of a long-overdue request, and the
 * requester's withdrawal.
 */
@Deployment(resources = "bpmn/feedback-request.bpmn")
class FeedbackRequestPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static final FeedbackTimings TIMINGS = new FeedbackTimings(null, null, null);

    RecordingDelegate remind;
    RecordingDelegate expire;

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine.getProcessEngine());
        remind = RecordingDelegate.register("remindFeedbackColleague");
        expire = RecordingDelegate.register("closeExpiredFeedbackRequest");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance request() {
        return runtimeService().startProcessInstanceByKey(FeedbackRequestProcess.KEY,
                FeedbackRequestProcess.businessKey(7), FeedbackRequestProcess.start(7, "kim", TIMINGS.requestDue(),
                        TIMINGS.reminderDelay(), TIMINGS.expiryDelay()).asMap());
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    @Test
    void theColleagueGetsATaskDueInAWeekWithIdsOnlyAndGivingFeedbackEndsIt() {
        ProcessInstance pi = request();

        assertThat(pi).isWaitingAt(FeedbackRequestProcess.TASK_GIVE);
        assertThat(task(pi)).isAssignedTo("kim").hasName("Colleague: give feedback")
                .hasDescription("Feedback request 7");
        long created = task(pi).getCreateTime().getTime();
        assertThat(task(pi).getDueDate().getTime() - created)
                .isCloseTo(Duration.ofDays(7).toMillis(), within(5_000L));
        complete(task(pi), FeedbackRequestProcess.given().asMap());

        assertThat(pi).isEnded().hasPassed(FeedbackRequestProcess.END_GIVEN)
                .hasNotPassed(FeedbackRequestProcess.END_DECLINED);
        assertThat(remind.calls()).isEmpty();
        assertThat(expire.calls()).isEmpty();
    }

    @Test
    void decliningIsAnAnswerToo() {
        ProcessInstance pi = request();
        complete(task(pi), FeedbackRequestProcess.declined().asMap());

        assertThat(pi).isEnded().hasPassed(FeedbackRequestProcess.END_DECLINED)
                .hasNotPassed(FeedbackRequestProcess.END_GIVEN);
    }

    @Test
    void theColleagueIsRemindedBeforeTheDueDateAndTheTaskStays() {
        ProcessInstance pi = request();
        Job reminder = timer(pi, FeedbackRequestProcess.TIMER_REMIND);
        long created = task(pi).getCreateTime().getTime();
        assertThat(reminder.getDuedate().getTime() - created)
                .as("two days before the due date").isCloseTo(Duration.ofDays(5).toMillis(), within(5_000L));
        assertThat(reminder.getDuedate()).isBefore(task(pi).getDueDate());

        execute(reminder);

        assertThat(remind.calls()).containsExactly(FeedbackRequestProcess.TASK_REMIND);
        assertThat(pi).isWaitingAt(FeedbackRequestProcess.TASK_GIVE)
                .hasPassed(FeedbackRequestProcess.END_REMINDED);
        assertThat(timer(pi, FeedbackRequestProcess.TIMER_REMIND)).as("one reminder, no loop").isNull();
        complete(task(pi), FeedbackRequestProcess.given().asMap());
        assertThat(pi).isEnded();
    }

    @Test
    void aLongOverdueRequestEndsWithoutAnAnswer() {
        ProcessInstance pi = request();
        Job expiry = timer(pi, FeedbackRequestProcess.TIMER_EXPIRE);
        long created = task(pi).getCreateTime().getTime();
        assertThat(expiry.getDuedate().getTime() - created)
                .as("two weeks after the due date").isCloseTo(Duration.ofDays(21).toMillis(), within(5_000L));

        execute(expiry);

        assertThat(expire.calls()).containsExactly(FeedbackRequestProcess.TASK_EXPIRE);
        assertThat(pi).isEnded().hasPassed(FeedbackRequestProcess.END_EXPIRED)
                .hasNotPassed(FeedbackRequestProcess.END_GIVEN, FeedbackRequestProcess.END_DECLINED);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void theRequesterWithdrawsAndTheTaskGoesAway() {
        ProcessInstance pi = request();
        runtimeService().createMessageCorrelation(FeedbackRequestProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(FeedbackRequestProcess.businessKey(7)).correlateAll();

        assertThat(pi).isEnded().hasPassed(FeedbackRequestProcess.END_WITHDRAWN);
        assertThat(remind.calls()).isEmpty();
        assertThat(expire.calls()).isEmpty();
    }
}
