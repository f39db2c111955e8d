package org.ladder.charter.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
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
 * Paths through {@code bpmn/charter-publication.bpmn} on an in-memory engine with the delegates mocked: approval by
 * every other leader, return then resubmit or withdraw, a silent leader reminded then escalated, and the
 * acknowledgements (reminder, managers, HR, HR's follow-up, everyone, HR closing).
 */
@Deployment(resources = "bpmn/charter-publication.bpmn")
class CharterPublicationPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static final List<String> LEADERS = List.of("cfo", "cto", "coo");

    RecordingDelegate publish;
    RecordingDelegate request;
    RecordingDelegate remindApprovers;
    RecordingDelegate escalateApproval;
    RecordingDelegate remindPending;
    RecordingDelegate toManagers;
    RecordingDelegate toHr;
    RecordingDelegate close;

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine.getProcessEngine());
        publish = RecordingDelegate.register("publishCharter");
        request = RecordingDelegate.register("requestCharterAcknowledgements");
        remindApprovers = RecordingDelegate.register("remindCharterApprover");
        escalateApproval = RecordingDelegate.register("escalateCharterApproval");
        remindPending = RecordingDelegate.register("remindCharterPending");
        toManagers = RecordingDelegate.register("escalateCharterToManagers");
        toHr = RecordingDelegate.register("escalateCharterToHr");
        close = RecordingDelegate.register("closeCharterAcknowledgements");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance submitted() {
        return runtimeService().startProcessInstanceByKey(CharterPublicationProcess.KEY,
                CharterPublicationProcess.businessKey(3), CharterPublicationProcess.start(3, "ceo", LEADERS,
                        new CharterTimings(null, null, null, null, null)).asMap());
    }

    private static Task approvalOf(String leader) {
        return taskQuery().taskDefinitionKey(CharterPublicationProcess.TASK_APPROVE).taskAssignee(leader)
                .singleResult();
    }

    private static void approveBy(String leader) {
        complete(approvalOf(leader), CharterPublicationProcess.approved().asMap());
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        Job job = managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
        assertThat(job).as("a timer waiting in " + activityId).isNotNull();
        return job;
    }

    private static void runJobs(ProcessInstance pi) {
        Job job;
        while ((job = managementService().createJobQuery().processInstanceId(pi.getId()).messages().singleResult())
                != null) {
            execute(job);
        }
    }

    private static void correlate(String message) {
        runtimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(CharterPublicationProcess.businessKey(3)).correlateAll();
    }

    /** Approved by all, published, everyone asked: waiting for the first reminder. */
    private ProcessInstance published() {
        ProcessInstance pi = submitted();
        LEADERS.forEach(CharterPublicationPathTest::approveBy);
        runJobs(pi);
        assertThat(pi).isWaitingAt(CharterPublicationProcess.TIMER_REMIND);
        return pi;
    }

    @Test
    void everyOtherLeaderApprovesThenTheVersionIsPublishedInAJobOfItsOwn() {
        ProcessInstance pi = submitted();
        assertThat(taskQuery().taskDefinitionKey(CharterPublicationProcess.TASK_APPROVE).count()).isEqualTo(3);
        assertThat(approvalOf("cto")).hasName("Leader: approve the charter version");

        LEADERS.forEach(CharterPublicationPathTest::approveBy);
        assertThat(pi).as("the last approval only leaves a job: publishing does not run in the leader's click")
                .isWaitingAt(CharterPublicationProcess.TASK_PUBLISH);
        assertThat(publish.calls()).isEmpty();

        runJobs(pi);
        assertThat(publish.calls()).containsExactly(CharterPublicationProcess.TASK_PUBLISH);
        assertThat(request.calls()).containsExactly(CharterPublicationProcess.TASK_REQUEST_ACKNOWLEDGEMENTS);
        assertThat(pi).isWaitingAt(CharterPublicationProcess.TIMER_REMIND);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(CharterPublicationProcess.TIMER_REMIND_APPROVERS).count())
                .as("the approval's timers went with it").isZero();
    }

    @Test
    void oneReturnEndsTheApprovalRoundAndTheResubmittedDraftIsApprovedAgainByAll() {
        ProcessInstance pi = submitted();
        approveBy("cfo");
        complete(approvalOf("cto"), CharterPublicationProcess.returned().asMap());

        assertThat(pi).isWaitingAt(CharterPublicationProcess.TASK_REVISE);
        assertThat(task(pi)).isAssignedTo("ceo").hasName("Drafter: revise the returned draft");
        complete(task(pi), CharterPublicationProcess.resubmitted().asMap());

        assertThat(pi).isWaitingAt(CharterPublicationProcess.TASK_APPROVE);
        assertThat(taskQuery().taskDefinitionKey(CharterPublicationProcess.TASK_APPROVE).count()).isEqualTo(3);
        LEADERS.forEach(CharterPublicationPathTest::approveBy);
        runJobs(pi);
        assertThat(publish.calls()).hasSize(1);
    }

    @Test
    void aWithdrawnDraftEndsTheProcessUnpublished() {
        ProcessInstance pi = submitted();
        complete(approvalOf("coo"), CharterPublicationProcess.returned().asMap());
        complete(task(pi), CharterPublicationProcess.withdrawn().asMap());
        assertThat(pi).isEnded().hasPassed(CharterPublicationProcess.END_WITHDRAWN)
                .hasNotPassed(CharterPublicationProcess.TASK_PUBLISH);
    }

    @Test
    void aSilentLeaderIsRemindedThenTheirApprovalIsEscalatedSoPublicationDoesNotStall() {
        ProcessInstance pi = submitted();
        Job reminder = timer(pi, CharterPublicationProcess.TIMER_REMIND_APPROVERS);
        Job escalation = timer(pi, CharterPublicationProcess.TIMER_ESCALATE_APPROVAL);
        long submittedAt = approvalOf("cfo").getCreateTime().getTime();
        assertThat(reminder.getDuedate().getTime() - submittedAt).isCloseTo(Duration.ofDays(3).toMillis(), within(1000L));
        assertThat(escalation.getDuedate().getTime() - submittedAt).isCloseTo(Duration.ofDays(7).toMillis(), within(1000L));
        approveBy("cfo");
        approveBy("cto");

        execute(reminder);
        assertThat(remindApprovers.calls()).containsExactly(CharterPublicationProcess.TASK_REMIND_APPROVERS);
        assertThat(approvalOf("coo")).as("still waiting for the silent leader").isNotNull();

        execute(escalation);
        assertThat(escalateApproval.calls()).containsExactly(CharterPublicationProcess.TASK_ESCALATE_APPROVAL);
        assertThat(pi).isWaitingAt(CharterPublicationProcess.TASK_APPROVE);

        approveBy("coo");
        runJobs(pi);
        assertThat(publish.calls()).hasSize(1);
        assertThat(remindApprovers.calls()).as("reminded once, not again").hasSize(1);
    }

    @Test
    void pendingPeopleAreRemindedThenManagersThenHrAreToldAndHrFollowsUp() {
        ProcessInstance pi = published();
        execute(timer(pi, CharterPublicationProcess.TIMER_REMIND));
        assertThat(remindPending.calls()).hasSize(1);
        execute(timer(pi, CharterPublicationProcess.TIMER_ESCALATE_MANAGERS));
        assertThat(toManagers.calls()).hasSize(1);
        execute(timer(pi, CharterPublicationProcess.TIMER_ESCALATE_HR));
        assertThat(toHr.calls()).hasSize(1);

        assertThat(pi).isWaitingAt(CharterPublicationProcess.TASK_HR_FOLLOW_UP);
        assertThat(task(pi)).hasName("HR: follow up the missing acknowledgements").hasCandidateGroup("HR");
        complete(task(pi));
        assertThat(pi).isWaitingAt(CharterPublicationProcess.TASK_CLOSE);
        runJobs(pi);
        assertThat(close.calls()).containsExactly(CharterPublicationProcess.TASK_CLOSE);
        assertThat(pi).isEnded().hasPassed(CharterPublicationProcess.END_CLOSED_AFTER_FOLLOW_UP);
    }

    @Test
    void whenEveryoneHasAcknowledgedTheProcessEnds() {
        ProcessInstance pi = published();
        correlate(CharterPublicationProcess.MESSAGE_ALL_ACKNOWLEDGED);
        assertThat(pi).isEnded().hasPassed(CharterPublicationProcess.END_ALL_ACKNOWLEDGED);
        assertThat(remindPending.calls()).isEmpty();
    }

    @Test
    void hrClosingEndsTheProcessAtOnce() {
        ProcessInstance pi = published();
        execute(timer(pi, CharterPublicationProcess.TIMER_REMIND));
        correlate(CharterPublicationProcess.MESSAGE_CLOSE);
        assertThat(pi).isEnded().hasPassed(CharterPublicationProcess.END_CLOSED)
                .hasNotPassed(CharterPublicationProcess.TASK_CLOSE);
        assertThat(close.calls()).isEmpty();
    }
}
