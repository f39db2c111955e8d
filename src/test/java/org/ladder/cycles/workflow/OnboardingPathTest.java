package org.ladder.cycles.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
import java.time.Instant;
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
import org.ladder.support.RecordingDelegate;

/**
 * Paths through {@code bpmn/onboarding.bpmn} on an in-memory engine with the delegates mocked (no Spring): a joiner
 * acknowledges the charter and gets first goals approved; a late joiner is reminded to acknowledge, then reminded and
 * escalated about the first goals (timers fired by hand); nothing left to acknowledge or goals already approved skip
 * their waits; a leaver mid-onboarding ends everything at once; a start chunk runs its one job.
 */
@Deployment(resources = "bpmn/onboarding.bpmn")
class OnboardingPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static final Instant JOINED = Instant.parse("2026-12-07T09:00:00Z");
    static final Instant DUE = JOINED.plus(Duration.ofDays(14));
    static final Instant REMIND = DUE.minus(Duration.ofDays(3));
    static final Instant ESCALATE = DUE.plus(Duration.ofDays(2));

    RecordingDelegate ask;
    RecordingDelegate remindAcknowledgement;
    RecordingDelegate check;
    RecordingDelegate remindGoals;
    RecordingDelegate escalateGoals;
    RecordingDelegate completeOnboarding;
    RecordingDelegate startChunk;
    /** What the stand-ins of the asking step and the check answer. */
    boolean alreadyAcknowledged;
    boolean goalsAlreadyApproved;

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ask = RecordingDelegate.register("askToAcknowledgeCharter")
                .doing(e -> e.setVariables(OnboardingProcess.asked(alreadyAcknowledged).asMap()));
        remindAcknowledgement = RecordingDelegate.register("remindOnboardingAcknowledgement");
        check = RecordingDelegate.register("checkFirstGoals")
                .doing(e -> e.setVariables(OnboardingProcess.checked(goalsAlreadyApproved).asMap()));
        remindGoals = RecordingDelegate.register("remindFirstGoals");
        escalateGoals = RecordingDelegate.register("escalateFirstGoals");
        completeOnboarding = RecordingDelegate.register("completeOnboarding");
        startChunk = RecordingDelegate.register("startOnboardings");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(OnboardingProcess.KEY,
                OnboardingProcess.businessKey(7), OnboardingProcess.start(7, 42, "amira", Duration.ofDays(3),
                        REMIND, DUE, ESCALATE).asMap());
        assertThat(pi).as("the asking step is a job: the join's transaction never waits for it")
                .isWaitingAt(OnboardingProcess.TASK_ASK);
        runJobs(pi);
        return pi;
    }

    private static void runJobs(ProcessInstance pi) {
        for (Job job : managementService().createJobQuery().processInstanceId(pi.getId()).messages().list()) {
            execute(job);
        }
    }

    private static void acknowledge(ProcessInstance pi) {
        runtimeService().createMessageCorrelation(OnboardingProcess.MESSAGE_ACKNOWLEDGED)
                .processInstanceBusinessKey(OnboardingProcess.businessKey(7)).correlateAll();
        assertThat(pi).as("the check after the acknowledgement runs as a job")
                .isWaitingAt(OnboardingProcess.TASK_CHECK_FIRST_GOALS);
        runJobs(pi);
    }

    private static Task firstGoals(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(OnboardingProcess.TASK_SET_FIRST_GOALS)
                .singleResult();
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    @Test
    void aJoinerAcknowledgesTheCharterThenSetsFirstGoalsAndIsOnboarded() {
        ProcessInstance pi = start();
        assertThat(ask.calls()).containsExactly(OnboardingProcess.TASK_ASK);
        assertThat(pi).isWaitingAt(OnboardingProcess.TASK_AWAIT_ACKNOWLEDGEMENT);
        assertThat(timer(pi, OnboardingProcess.TIMER_REMIND_ACKNOWLEDGEMENT).getDuedate())
                .as("reminded three days after being asked").isAfter(new Date());
        assertThat(firstGoals(pi)).as("no goals task before the charter").isNull();

        acknowledge(pi);

        assertThat(check.calls()).containsExactly(OnboardingProcess.TASK_CHECK_FIRST_GOALS);
        Task goals = firstGoals(pi);
        assertThat(goals).isAssignedTo("amira").hasName("Employee: set your first goals with your manager");
        assertThat(goals.getDueDate()).isEqualTo(Date.from(DUE));
        assertThat(timer(pi, OnboardingProcess.TIMER_REMIND_FIRST_GOALS).getDuedate()).isEqualTo(Date.from(REMIND));
        assertThat(timer(pi, OnboardingProcess.TIMER_ESCALATE_FIRST_GOALS).getDuedate())
                .isEqualTo(Date.from(ESCALATE));
        assertThat(timer(pi, OnboardingProcess.TIMER_REMIND_ACKNOWLEDGEMENT)).as("its reminder went with it").isNull();

        complete(goals); // what an approved aligned goal does (Onboardings.goalApproved)
        assertThat(pi).isWaitingAt(OnboardingProcess.TASK_COMPLETE);
        runJobs(pi);

        assertThat(completeOnboarding.calls()).containsExactly(OnboardingProcess.TASK_COMPLETE);
        assertThat(pi).hasPassed(OnboardingProcess.END_ONBOARDED).isEnded();
        assertThat(remindAcknowledgement.calls()).isEmpty();
        assertThat(remindGoals.calls()).isEmpty();
        assertThat(escalateGoals.calls()).isEmpty();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aLateJoinerIsRemindedToAcknowledgeThenRemindedAndEscalatedAboutTheFirstGoals() {
        ProcessInstance pi = start();

        execute(timer(pi, OnboardingProcess.TIMER_REMIND_ACKNOWLEDGEMENT));
        assertThat(remindAcknowledgement.calls()).containsExactly(OnboardingProcess.TASK_REMIND_ACKNOWLEDGEMENT);
        assertThat(pi).as("the reminder does not end the wait").isWaitingAt(
                OnboardingProcess.TASK_AWAIT_ACKNOWLEDGEMENT);
        assertThat(timer(pi, OnboardingProcess.TIMER_REMIND_ACKNOWLEDGEMENT)).as("reminded once").isNull();

        acknowledge(pi);
        Task goals = firstGoals(pi);

        execute(timer(pi, OnboardingProcess.TIMER_REMIND_FIRST_GOALS));
        assertThat(remindGoals.calls()).containsExactly(OnboardingProcess.TASK_REMIND_FIRST_GOALS);
        assertThat(escalateGoals.calls()).isEmpty();
        assertThat(firstGoals(pi).getId()).as("the same task stays open").isEqualTo(goals.getId());

        execute(timer(pi, OnboardingProcess.TIMER_ESCALATE_FIRST_GOALS));
        assertThat(escalateGoals.calls()).containsExactly(OnboardingProcess.TASK_ESCALATE_FIRST_GOALS);
        assertThat(firstGoals(pi).getId()).isEqualTo(goals.getId());
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
                .as("no timer is left to fire again: no endless reminders").isZero();

        complete(firstGoals(pi));
        runJobs(pi);
        assertThat(pi).hasPassed(OnboardingProcess.END_ONBOARDED).isEnded();
    }

    @Test
    void nothingLeftToAcknowledgeAndGoalsAlreadyApprovedSkipBothWaits() {
        alreadyAcknowledged = true;
        goalsAlreadyApproved = true;
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(OnboardingProcess.TASK_CHECK_FIRST_GOALS);
        runJobs(pi);
        assertThat(pi).isWaitingAt(OnboardingProcess.TASK_COMPLETE);
        runJobs(pi);

        assertThat(pi).hasNotPassed(OnboardingProcess.TASK_AWAIT_ACKNOWLEDGEMENT)
                .hasNotPassed(OnboardingProcess.TASK_SET_FIRST_GOALS).hasPassed(OnboardingProcess.END_ONBOARDED)
                .isEnded();
    }

    @Test
    void aLeaverMidOnboardingEndsItsTaskAndTimersAtOnce() {
        ProcessInstance pi = start();
        acknowledge(pi);
        assertThat(firstGoals(pi)).isNotNull();

        runtimeService().createMessageCorrelation(OnboardingProcess.MESSAGE_STOPPED)
                .processInstanceBusinessKey(OnboardingProcess.businessKey(7)).correlateAll();

        assertThat(pi).hasPassed(OnboardingProcess.END_STOPPED).isEnded();
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(completeOnboarding.calls()).as("not recorded as done").isEmpty();
    }

    @Test
    void aLeaverWhoNeverAcknowledgedEndsTheWaitAndItsReminder() {
        ProcessInstance pi = start();
        runtimeService().createMessageCorrelation(OnboardingProcess.MESSAGE_STOPPED)
                .processInstanceBusinessKey(OnboardingProcess.businessKey(7)).correlateAll();

        assertThat(pi).hasPassed(OnboardingProcess.END_STOPPED).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(check.calls()).isEmpty();
    }

    @Test
    void aStartChunkStartsItsOnboardingsInOneRetriedJob() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(OnboardingProcess.START_KEY,
                OnboardingProcess.startBusinessKey("7", 0), OnboardingProcess.chunk(List.of(7L, 8L, 9L)).asMap());
        assertThat(pi).isWaitingAt(OnboardingProcess.TASK_START_CHUNK);
        Job job = managementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(job.getRetries()).isEqualTo(5);
        execute(job);

        assertThat(startChunk.calls()).containsExactly(OnboardingProcess.TASK_START_CHUNK);
        assertThat(pi).isEnded();
        assertThat(OnboardingProcess.onboardings("7,8,9")).containsExactly(7L, 8L, 9L);
    }
}
