package org.ladder.reviews.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

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
import org.ladder.reviews.ReviewStep;
import org.ladder.support.RecordingDelegate;

/**
 * Paths through {@code bpmn/review.bpmn} and {@code bpmn/review-calibration.bpmn} on an in-memory engine with the
 * delegates mocked (no Spring): the whole path self → peers → manager → calibration → share → acknowledge; declined
 * and lapsed peers; no peers named; a unit too small for calibration; late steps reminded, escalated and offered to
 * HR with their timers fired; a leaver mid-review; acknowledgements closed by HR; the launch chunk.
 */
@Deployment(resources = {"bpmn/review.bpmn", "bpmn/review-calibration.bpmn", "bpmn/review-launch.bpmn"})
class ReviewPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static final Map<ReviewStep, Integer> DEADLINES = Map.of(ReviewStep.SELF_REVIEW, 14, ReviewStep.PEER_INPUT, 10,
            ReviewStep.MANAGER_REVIEW, 14, ReviewStep.SHARING, 7, ReviewStep.ACKNOWLEDGEMENT, 7,
            ReviewStep.CALIBRATION, 7);

    RecordingDelegate nudge;
    RecordingDelegate lapse;
    RecordingDelegate ask;
    RecordingDelegate remindAck;
    RecordingDelegate nudgeCalibration;
    RecordingDelegate startChunk;
    final List<String> nudges = new ArrayList<>();

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine.getProcessEngine());
        nudge = RecordingDelegate.register("nudgeReviewStep").doing(e -> nudges.add(
                ReviewProcess.NUDGE_TASK.from(e) + ":" + ReviewProcess.NUDGE.from(e)));
        lapse = RecordingDelegate.register("lapsePeerInput");
        ask = RecordingDelegate.register("askReviewAcknowledgement");
        remindAck = RecordingDelegate.register("remindReviewAcknowledgement");
        nudgeCalibration = RecordingDelegate.register("nudgeCalibration");
        startChunk = RecordingDelegate.register("startReviewChunk");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(boolean peersAsked) {
        return runtimeService().startProcessInstanceByKey(ReviewProcess.KEY, ReviewProcess.businessKey("r1", 42),
                ReviewProcess.start(7, "jon", "ines", peersAsked, DEADLINES).asMap());
    }

    private static Task task(ProcessInstance pi, String key) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private static List<Task> tasks(ProcessInstance pi, String key) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private static Job asyncStep(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).messages().activityId(activityId)
                .singleResult();
    }

    private static void correlate(ProcessInstance pi, String message) {
        runtimeService().createMessageCorrelation(message).processInstanceId(pi.getId()).correlateWithResult();
    }

    @Test
    void selfPeersManagerCalibrationShareAcknowledge() {
        ProcessInstance pi = start(true);
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_SELF_REVIEW);
        assertThat(task(pi, ReviewProcess.TASK_SELF_REVIEW)).isAssignedTo("jon")
                .hasName("Employee: write the self review").hasDescription("Review 7");
        complete(task(pi, ReviewProcess.TASK_SELF_REVIEW));

        assertThat(task(pi, ReviewProcess.TASK_NAME_PEERS)).isAssignedTo("ines");
        complete(task(pi, ReviewProcess.TASK_NAME_PEERS), ReviewProcess.peersNamed(List.of("kim", "lia")).asMap());
        List<Task> peers = tasks(pi, ReviewProcess.TASK_GIVE_PEER_INPUT);
        assertThat(peers).extracting(Task::getAssignee).containsExactlyInAnyOrder("kim", "lia");
        peers.forEach(t -> complete(t));

        assertThat(task(pi, ReviewProcess.TASK_MANAGER_REVIEW)).isAssignedTo("ines");
        complete(task(pi, ReviewProcess.TASK_MANAGER_REVIEW), ReviewProcess.managerReviewed(true).asMap());
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_AWAIT_CALIBRATION);

        ProcessInstance calibration = runtimeService().startProcessInstanceByKey(ReviewProcess.CALIBRATION_KEY,
                ReviewProcess.calibrationBusinessKey("r1", 5), ReviewProcess.calibration(3, "ines", 7).asMap());
        Task calibrate = task(calibration, ReviewProcess.TASK_CALIBRATE);
        assertThat(calibrate).isAssignedTo("ines");
        assertThat(taskService().getIdentityLinksForTask(calibrate.getId())).anyMatch(l -> "HR".equals(l.getGroupId())
                && "candidate".equals(l.getType()));
        complete(calibrate);
        assertThat(calibration).isEnded().hasPassed(ReviewProcess.END_CALIBRATED);
        correlate(pi, ReviewProcess.MESSAGE_CALIBRATED);

        assertThat(task(pi, ReviewProcess.TASK_SHARE_REVIEW)).isAssignedTo("ines");
        complete(task(pi, ReviewProcess.TASK_SHARE_REVIEW));
        assertThat(pi).as("asking for the acknowledgement is a job of its own, not the manager's transaction")
                .isWaitingAt(ReviewProcess.TASK_ASK_ACKNOWLEDGEMENT);
        assertThat(ask.calls()).isEmpty();
        execute(asyncStep(pi, ReviewProcess.TASK_ASK_ACKNOWLEDGEMENT));
        assertThat(ask.calls()).containsExactly(ReviewProcess.TASK_ASK_ACKNOWLEDGEMENT);
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_AWAIT_ACKNOWLEDGEMENT);
        correlate(pi, ReviewProcess.MESSAGE_ACKNOWLEDGED);
        assertThat(pi).isEnded().hasPassed(ReviewProcess.TASK_GIVE_PEER_INPUT, ReviewProcess.TASK_AWAIT_CALIBRATION,
                ReviewProcess.END_ACKNOWLEDGED);
    }

    @Test
    void aDeclinedPeerCompletesTheirTaskAndALateOneLapsesAtTheDeadline() {
        ProcessInstance pi = start(true);
        complete(task(pi, ReviewProcess.TASK_SELF_REVIEW));
        complete(task(pi, ReviewProcess.TASK_NAME_PEERS), ReviewProcess.peersNamed(List.of("kim", "lia")).asMap());
        Task kim = tasks(pi, ReviewProcess.TASK_GIVE_PEER_INPUT).stream()
                .filter(t -> t.getAssignee().equals("kim")).findFirst().orElseThrow();
        complete(kim); // declined: the service recorded it, the task completes either way
        assertThat(tasks(pi, ReviewProcess.TASK_GIVE_PEER_INPUT)).hasSize(1);

        execute(timer(pi, ReviewProcess.TIMER_REMIND_PEERS));
        assertThat(nudges).containsExactly(ReviewProcess.TASK_GIVE_PEER_INPUT + ":remind");
        assertThat(tasks(pi, ReviewProcess.TASK_GIVE_PEER_INPUT)).as("a reminder leaves the task open").hasSize(1);

        execute(timer(pi, ReviewProcess.TIMER_PEER_INPUT_LAPSES));
        assertThat(lapse.calls()).containsExactly(ReviewProcess.TASK_LAPSE_PEER_INPUT);
        assertThat(tasks(pi, ReviewProcess.TASK_GIVE_PEER_INPUT)).isEmpty();
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_MANAGER_REVIEW);
    }

    @Test
    void noPeersNamedOrNoneAskedGoesStraightToTheManagerReview() {
        ProcessInstance named = start(true);
        complete(task(named, ReviewProcess.TASK_SELF_REVIEW));
        complete(task(named, ReviewProcess.TASK_NAME_PEERS), ReviewProcess.peersNamed(List.of()).asMap());
        assertThat(named).isWaitingAt(ReviewProcess.TASK_MANAGER_REVIEW).hasNotPassed(
                ReviewProcess.TASK_GIVE_PEER_INPUT);

        ProcessInstance none = runtimeService().startProcessInstanceByKey(ReviewProcess.KEY,
                ReviewProcess.businessKey("r1", 43), ReviewProcess.start(8, "kim", "ines", false, DEADLINES).asMap());
        complete(task(none, ReviewProcess.TASK_SELF_REVIEW));
        assertThat(none).isWaitingAt(ReviewProcess.TASK_MANAGER_REVIEW).hasNotPassed(ReviewProcess.TASK_NAME_PEERS);
    }

    @Test
    void aUnitTooSmallForCalibrationGoesStraightToSharing() {
        ProcessInstance pi = start(false);
        complete(task(pi, ReviewProcess.TASK_SELF_REVIEW));
        complete(task(pi, ReviewProcess.TASK_MANAGER_REVIEW), ReviewProcess.managerReviewed(false).asMap());
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_SHARE_REVIEW).hasNotPassed(ReviewProcess.TASK_AWAIT_CALIBRATION);
    }

    @Test
    void lateStepsAreRemindedThenOfferedAboveThenToHrAndStayOpen() {
        ProcessInstance pi = start(false);
        Job remind = timer(pi, ReviewProcess.TIMER_REMIND_SELF_REVIEW);
        Job escalate = timer(pi, ReviewProcess.TIMER_ESCALATE_SELF_REVIEW);
        Job hr = timer(pi, ReviewProcess.TIMER_SELF_REVIEW_TO_HR);
        Date created = task(pi, ReviewProcess.TASK_SELF_REVIEW).getCreateTime();
        assertThat(Duration.between(created.toInstant(), remind.getDuedate().toInstant()).toMinutes()).isBetween(14L * 24 * 60 - 1, 14L * 24 * 60);
        assertThat(Duration.between(created.toInstant(), escalate.getDuedate().toInstant()).toMinutes()).isBetween(17L * 24 * 60 - 1, 17L * 24 * 60);
        assertThat(Duration.between(created.toInstant(), hr.getDuedate().toInstant()).toMinutes()).isBetween(21L * 24 * 60 - 1, 21L * 24 * 60);
        execute(remind);
        execute(escalate);
        execute(hr);
        assertThat(nudges).containsExactly(ReviewProcess.TASK_SELF_REVIEW + ":remind",
                ReviewProcess.TASK_SELF_REVIEW + ":escalate", ReviewProcess.TASK_SELF_REVIEW + ":hr");
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_SELF_REVIEW);

        complete(task(pi, ReviewProcess.TASK_SELF_REVIEW));
        assertThat(timer(pi, ReviewProcess.TIMER_REMIND_SELF_REVIEW)).as("the step's timers end with it").isNull();
        execute(timer(pi, ReviewProcess.TIMER_ESCALATE_MANAGER_REVIEW));
        complete(task(pi, ReviewProcess.TASK_MANAGER_REVIEW), ReviewProcess.managerReviewed(false).asMap());
        execute(timer(pi, ReviewProcess.TIMER_SHARING_TO_HR));
        assertThat(nudges).endsWith(ReviewProcess.TASK_MANAGER_REVIEW + ":escalate",
                ReviewProcess.TASK_SHARE_REVIEW + ":hr");

        complete(task(pi, ReviewProcess.TASK_SHARE_REVIEW));
        execute(asyncStep(pi, ReviewProcess.TASK_ASK_ACKNOWLEDGEMENT));
        execute(timer(pi, ReviewProcess.TIMER_REMIND_ACKNOWLEDGEMENT));
        assertThat(remindAck.calls()).containsExactly("Task_RemindAcknowledgement");
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_AWAIT_ACKNOWLEDGEMENT);
    }

    @Test
    void aLateCalibrationIsRemindedThenOfferedToTheHeadsManager() {
        ProcessInstance calibration = runtimeService().startProcessInstanceByKey(ReviewProcess.CALIBRATION_KEY,
                ReviewProcess.calibrationBusinessKey("r1", 5), ReviewProcess.calibration(3, "ines", 7).asMap());
        execute(timer(calibration, ReviewProcess.TIMER_REMIND_CALIBRATION));
        execute(timer(calibration, ReviewProcess.TIMER_ESCALATE_CALIBRATION));
        assertThat(nudgeCalibration.calls()).containsExactly("Task_RemindCalibration", "Task_EscalateCalibration");
        assertThat(calibration).isWaitingAt(ReviewProcess.TASK_CALIBRATE);
    }

    @Test
    void aLeaverMidReviewEndsEveryTaskAndTimer() {
        ProcessInstance pi = start(true);
        complete(task(pi, ReviewProcess.TASK_SELF_REVIEW));
        complete(task(pi, ReviewProcess.TASK_NAME_PEERS), ReviewProcess.peersNamed(List.of("kim", "lia")).asMap());
        correlate(pi, ReviewProcess.MESSAGE_ENDED);
        assertThat(pi).isEnded().hasPassed(ReviewProcess.END_REVIEW_ENDED);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void acknowledgementsClosedByHrEndTheReviewUnacknowledged() {
        ProcessInstance pi = start(false);
        complete(task(pi, ReviewProcess.TASK_SELF_REVIEW));
        complete(task(pi, ReviewProcess.TASK_MANAGER_REVIEW), ReviewProcess.managerReviewed(false).asMap());
        complete(task(pi, ReviewProcess.TASK_SHARE_REVIEW));
        execute(asyncStep(pi, ReviewProcess.TASK_ASK_ACKNOWLEDGEMENT));
        correlate(pi, ReviewProcess.MESSAGE_ACKNOWLEDGEMENTS_CLOSED);
        assertThat(pi).isEnded().hasPassed(ReviewProcess.END_CLOSED_UNACKNOWLEDGED);
    }

    @Test
    void aLaunchChunkStartsInAnAsynchronousJob() {
        ProcessInstance chunk = runtimeService().startProcessInstanceByKey(ReviewProcess.LAUNCH_KEY,
                ReviewProcess.launchBusinessKey("abc", 0), ReviewProcess.launch(List.of(1L, 2L)).asMap());
        assertThat(chunk).isWaitingAt(ReviewProcess.TASK_START_REVIEWS);
        assertThat(startChunk.calls()).isEmpty();
        execute(managementService().createJobQuery().processInstanceId(chunk.getId()).singleResult());
        assertThat(startChunk.calls()).containsExactly(ReviewProcess.TASK_START_REVIEWS);
        assertThat(chunk).isEnded();
    }
}
