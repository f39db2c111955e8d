package org.ladder.goals.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;

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
import org.ladder.goals.OrphanResolution;
import org.ladder.support.RecordingDelegate;

/**
 * Paths through {@code bpmn/orphan-goal-review.bpmn} on an in-memory engine with the delegates mocked: the morning
 * sweep, a goal that is no longer an orphan, a decision, and the reminder and escalation of a silent resolver.
 */
@Deployment(resources = "bpmn/orphan-goal-review.bpmn")
class OrphanGoalReviewPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    RecordingDelegate find;
    RecordingDelegate check;
    RecordingDelegate remind;
    RecordingDelegate escalate;

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine.getProcessEngine());
        find = RecordingDelegate.register("findOrphanGoals");
        check = RecordingDelegate.register("checkOrphanGoal").doing(e -> {
            OrphanGoalProcess.STILL_ORPHAN.set(e, true);
            OrphanGoalProcess.RESOLVER.set(e, "manager");
            OrphanGoalProcess.SUBJECT.set(e, "Goal 7");
            OrphanGoalProcess.RESOLVER_GROUPS.set(e, List.of());
        });
        remind = RecordingDelegate.register("remindOrphanResolver");
        escalate = RecordingDelegate.register("escalateOrphanReview");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance review() {
        GoalTimings timings = new GoalTimings(null, null, null, null, null, null, null, null);
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(OrphanGoalProcess.KEY,
                OrphanGoalProcess.businessKey(7), OrphanGoalProcess.start(7, timings.orphanReminderDelay(),
                        timings.orphanEscalationDelay()).asMap());
        assertThat(pi).as("the check runs in a job of its own").isWaitingAt(OrphanGoalProcess.TASK_CHECK);
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).singleResult());
        return pi;
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    @Test
    void theMorningSweepStartsTheReviews() {
        Job sweep = managementService().createJobQuery().processDefinitionKey(OrphanGoalProcess.SWEEP_KEY).timers()
                .activityId(OrphanGoalProcess.TIMER_SWEEP).singleResult();
        assertThat(sweep).isNotNull();
        execute(sweep);
        assertThat(find.calls()).containsExactly(OrphanGoalProcess.TASK_FIND_ORPHANS);
        assertThat(historyService().createHistoricActivityInstanceQuery().activityId("EndEvent_Swept").count())
                .isEqualTo(1);
    }

    @Test
    void aGoalThatIsNoLongerAnOrphanEndsTheReviewAtOnce() {
        check.doing(e -> OrphanGoalProcess.STILL_ORPHAN.set(e, false));
        ProcessInstance pi = review();
        assertThat(pi).isEnded().hasPassed(OrphanGoalProcess.END_NO_LONGER_ORPHAN)
                .hasNotPassed(OrphanGoalProcess.TASK_RESOLVE);
    }

    @Test
    void theResolverDecidesAndTheReviewEnds() {
        ProcessInstance pi = review();
        assertThat(check.calls()).containsExactly(OrphanGoalProcess.TASK_CHECK);
        assertThat(pi).isWaitingAt(OrphanGoalProcess.TASK_RESOLVE);
        assertThat(task(pi)).isAssignedTo("manager").hasName("Manager: align, justify or retire the orphan goal")
                .hasDescription("Goal 7");
        complete(task(pi), OrphanGoalProcess.resolved(OrphanResolution.JUSTIFY).asMap());
        assertThat(pi).isEnded().hasPassed(OrphanGoalProcess.END_RESOLVED).variables()
                .containsEntry(OrphanGoalProcess.RESOLUTION.name(), "JUSTIFY");
    }

    @Test
    void withoutAResolverTheTaskIsOfferedToHr() {
        check.doing(e -> {
            OrphanGoalProcess.STILL_ORPHAN.set(e, true);
            OrphanGoalProcess.RESOLVER.set(e, null);
            OrphanGoalProcess.SUBJECT.set(e, "Goal 7");
            OrphanGoalProcess.RESOLVER_GROUPS.set(e, List.of("HR"));
        });
        ProcessInstance pi = review();
        assertThat(pi).isWaitingAt(OrphanGoalProcess.TASK_RESOLVE);
        assertThat(task(pi)).isNotAssigned().hasCandidateGroup("HR");
    }

    @Test
    void aSilentResolverIsRemindedThenTheReviewIsEscalated() {
        ProcessInstance pi = review();
        execute(timer(pi, OrphanGoalProcess.TIMER_REMIND));
        assertThat(remind.calls()).containsExactly(OrphanGoalProcess.TASK_REMIND);
        execute(timer(pi, OrphanGoalProcess.TIMER_ESCALATE));
        assertThat(escalate.calls()).containsExactly(OrphanGoalProcess.TASK_ESCALATE);
        assertThat(pi).isWaitingAt(OrphanGoalProcess.TASK_RESOLVE);

        complete(task(pi), OrphanGoalProcess.resolved(OrphanResolution.ALIGN).asMap());
        assertThat(pi).isEnded().hasPassed(OrphanGoalProcess.END_RESOLVED);
    }
}
