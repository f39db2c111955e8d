package org.ladder.base.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ProcessJobs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The diagram's counts come from the engine, grouped: active, overdue (tasks past due), completed and failed
 * (incidents) per step, for a whole definition or only the instances of one business key prefix.
 */
@LadderIntegrationTest
class ProcessStatisticsTest {

    @Autowired
    ProcessStatistics statistics;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    GoalFixtures goals;
    @Autowired
    ProcessJobs jobs;

    private String deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }

    private String deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Test_StepCounts").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Go").userTask("Task_Review").camundaDueDate("${due}")
                .endEvent("EndEvent_Done").done();
        deployment = repository.createDeployment().addModelInstance("step-counts-test.bpmn", model).deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    }

    private ProcessInstance start(String businessKey, Instant due) {
        return runtime.startProcessInstanceByKey("Test_StepCounts", businessKey, Map.of("due", Date.from(due)));
    }

    private void complete(ProcessInstance instance) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
    }

    @Test
    void countsPerStepForTheDefinitionAndForABusinessKeyPrefix() {
        String definition = deploy();
        Instant now = Instant.now();
        ProcessInstance a1 = start("scope-A/1", now.plus(2, ChronoUnit.DAYS));
        ProcessInstance a2 = start("scope-A/2", now.minus(1, ChronoUnit.DAYS));
        start("scope_B/1", now.plus(1, ChronoUnit.DAYS));
        ProcessInstance c1 = start("scope-C/1", now.minus(3, ChronoUnit.DAYS));
        complete(a1);
        String a2Execution = runtime.createExecutionQuery().processInstanceId(a2.getId()).activityId("Task_Review")
                .singleResult().getId();
        runtime.createIncident("test", a2Execution, "a step that failed");

        Map<String, StepCounts> all = statistics.forDefinitions(List.of(definition));
        assertThat(all.get("StartEvent_Go")).isEqualTo(new StepCounts(0, 0, 4, 0));
        assertThat(all.get("Task_Review")).isEqualTo(new StepCounts(3, 2, 1, 1));
        assertThat(all.get("EndEvent_Done")).isEqualTo(new StepCounts(0, 0, 1, 0));

        Map<String, StepCounts> scopeA = statistics.forBusinessKeyPrefix(List.of(definition), "scope-A/");
        assertThat(scopeA.get("Task_Review")).isEqualTo(new StepCounts(1, 1, 1, 1));
        assertThat(scopeA.get("EndEvent_Done")).isEqualTo(new StepCounts(0, 0, 1, 0));

        // an underscore is a letter of the prefix, not LIKE's any-character
        Map<String, StepCounts> scopeB = statistics.forBusinessKeyPrefix(List.of(definition), "scope_");
        assertThat(scopeB.get("Task_Review")).isEqualTo(new StepCounts(1, 0, 0, 0));
        assertThat(scopeB).doesNotContainKey("EndEvent_Done");

        assertThat(statistics.forBusinessKeys(List.of(definition), List.of("scope-A/2", "scope_B/1", "scope-X/9")))
                .containsEntry("Task_Review", new StepCounts(2, 1, 0, 1)).doesNotContainKey("EndEvent_Done");
        assertThat(statistics.forBusinessKeys(List.of(definition), List.of())).isEmpty();

        runtime.deleteProcessInstance(c1.getId(), "test"); // cancelled: neither active nor completed
        assertThat(statistics.forBusinessKeyPrefix(List.of(definition), "scope-C/")).doesNotContainKey("EndEvent_Done")
                .satisfies(c -> assertThat(c.getOrDefault("Task_Review", StepCounts.NONE))
                        .isEqualTo(StepCounts.NONE));
        assertThat(statistics.forDefinitions(List.of())).isEmpty();
    }

    @Test
    void goalApprovalCountsFollowTheInstancesStartedHere() {
        List<String> definitions = statistics.definitionIds(GoalApprovalProcess.KEY);
        assertThat(definitions).isNotEmpty();
        StepCounts before = statistics.forDefinitions(definitions)
                .getOrDefault(GoalApprovalProcess.TASK_APPROVE, StepCounts.NONE);

        GoalDetails first = goals.personalSubmitted(GoalFixtures.EMPLOYEE, GoalFixtures.unique("Counted goal"), null);
        GoalDetails second = goals.personalSubmitted(GoalFixtures.EMPLOYEE, GoalFixtures.unique("Counted goal"), null);
        jobs.runJobs(GoalApprovalProcess.businessKey(first.id()));
        jobs.runJobs(GoalApprovalProcess.businessKey(second.id()));

        StepCounts after = statistics.forDefinitions(definitions).get(GoalApprovalProcess.TASK_APPROVE);
        assertThat(after.active()).isEqualTo(before.active() + 2);
        assertThat(statistics.forBusinessKeyPrefix(definitions, GoalApprovalProcess.businessKey(second.id())))
                .containsEntry(GoalApprovalProcess.TASK_APPROVE, new StepCounts(1, 0, 0, 0));
    }
}
