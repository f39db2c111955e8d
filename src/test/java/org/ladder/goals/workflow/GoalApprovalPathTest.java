package org.ladder.goals.workflow;

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
import org.ladder.goals.GoalTimings;
import org.ladder.support.RecordingDelegate;

/**
 * Paths through {@code bpmn/goal-approval.bpmn} on an in-memory engine with the delegates mocked (no Spring): approve,
 * return then resubmit or withdraw, and the reminder and escalation timers fired through the job query.
 */
@Deployment(resources = "bpmn/goal-approval.bpmn")
class GoalApprovalPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static final GoalTimings TIMINGS = new GoalTimings(null, null, null, null, null, null, null, null);

    RecordingDelegate remind;
    RecordingDelegate escalate;

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine.getProcessEngine());
        remind = RecordingDelegate.register("remindGoalApprover");
        escalate = RecordingDelegate.register("escalateGoalApproval");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance submit(boolean change) {
        return runtimeService().startProcessInstanceByKey(GoalApprovalProcess.KEY, GoalApprovalProcess.businessKey(42),
                GoalApprovalProcess.start(42, "employee", "manager", change, TIMINGS.approvalReminderDelay(),
                        TIMINGS.approvalEscalationDelay()).asMap());
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    @Test
    void theManagerApprovesAndTheProcessEndsWithTheGoalApproved() {
        ProcessInstance pi = submit(false);

        assertThat(pi).isWaitingAt(GoalApprovalProcess.TASK_APPROVE);
        assertThat(task(pi)).isAssignedTo("manager").hasName("Manager: approve the goal")
                .hasDescription("Goal 42");
        complete(task(pi), GoalApprovalProcess.approved().asMap());

        assertThat(pi).hasPassed(GoalApprovalProcess.TASK_APPROVE).isEnded()
                .hasPassed(GoalApprovalProcess.END_APPROVED).hasNotPassed(GoalApprovalProcess.TASK_REVISE);
        assertThat(remind.calls()).isEmpty();
        assertThat(escalate.calls()).isEmpty();
    }

    @Test
    void aChangedGoalTakesTheSamePathUnderTheSamePlainName() {
        ProcessInstance pi = submit(true);
        assertThat(task(pi)).hasName("Manager: approve the goal");
        complete(task(pi), GoalApprovalProcess.approved().asMap());
        assertThat(pi).isEnded().hasPassed(GoalApprovalProcess.END_APPROVED);
    }

    @Test
    void aReturnedGoalGoesToItsOwnerAndComesBackToTheManagerWhenResubmitted() {
        ProcessInstance pi = submit(false);
        complete(task(pi), GoalApprovalProcess.returned().asMap());

        assertThat(pi).isWaitingAt(GoalApprovalProcess.TASK_REVISE);
        assertThat(task(pi)).isAssignedTo("employee").hasName("Owner: revise the returned goal");
        complete(task(pi), GoalApprovalProcess.resubmitted().asMap());

        assertThat(pi).isWaitingAt(GoalApprovalProcess.TASK_APPROVE);
        assertThat(task(pi)).isAssignedTo("manager");
        assertThat(timer(pi, GoalApprovalProcess.TIMER_REMIND)).as("the resubmission waits anew").isNotNull();
        complete(task(pi), GoalApprovalProcess.approved().asMap());
        assertThat(pi).isEnded().hasPassed(GoalApprovalProcess.END_APPROVED);
    }

    @Test
    void aReturnedGoalThatIsWithdrawnEndsTheApproval() {
        ProcessInstance pi = submit(false);
        complete(task(pi), GoalApprovalProcess.returned().asMap());
        complete(task(pi), GoalApprovalProcess.withdrawn().asMap());

        assertThat(pi).isEnded().hasPassed(GoalApprovalProcess.END_WITHDRAWN)
                .hasNotPassed(GoalApprovalProcess.END_APPROVED);
    }

    @Test
    void aSilentManagerIsRemindedThenTheApprovalIsEscalatedAndStillWaitsForADecision() {
        ProcessInstance pi = submit(false);
        Job reminder = timer(pi, GoalApprovalProcess.TIMER_REMIND);
        Job escalation = timer(pi, GoalApprovalProcess.TIMER_ESCALATE);
        long created = task(pi).getCreateTime().getTime();
        assertThat(reminder.getDuedate().getTime() - created).isCloseTo(Duration.ofDays(2).toMillis(), within(1000L));
        assertThat(escalation.getDuedate().getTime() - created).isCloseTo(Duration.ofDays(5).toMillis(), within(1000L));

        execute(reminder);
        assertThat(remind.calls()).containsExactly(GoalApprovalProcess.TASK_REMIND);
        assertThat(pi).isWaitingAt(GoalApprovalProcess.TASK_APPROVE);

        execute(escalation);
        assertThat(escalate.calls()).containsExactly(GoalApprovalProcess.TASK_ESCALATE);
        assertThat(pi).isWaitingAt(GoalApprovalProcess.TASK_APPROVE);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();

        complete(task(pi), GoalApprovalProcess.approved().asMap());
        assertThat(pi).isEnded().hasPassed(GoalApprovalProcess.END_APPROVED);
        assertThat(remind.calls()).hasSize(1);
    }

    @Test
    void aFailingReminderIsRetriedLaterNotAtOnce() {
        ProcessInstance pi = submit(false);
        remind.doing(e -> {
            throw new IllegalStateException("mail server down");
        });
        Job reminder = timer(pi, GoalApprovalProcess.TIMER_REMIND);

        long before = System.currentTimeMillis();
        try {
            managementService().executeJob(reminder.getId());
        } catch (IllegalStateException expected) {
            // the job failed; the engine keeps it for a retry
        }

        Job retried = managementService().createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(retried.getExceptionMessage()).isEqualTo("mail server down");
        assertThat(retried.getRetries()).isPositive();
        assertThat(retried.getDuedate().getTime() - before).as("the first retry waits about ten seconds")
                .isBetween(Duration.ofSeconds(9).toMillis(), Duration.ofSeconds(12).toMillis());
        assertThat(pi).isWaitingAt(GoalApprovalProcess.TASK_APPROVE);
    }
}
