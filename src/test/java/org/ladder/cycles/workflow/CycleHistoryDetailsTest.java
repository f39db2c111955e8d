package org.ladder.cycles.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.cycles.CycleDecisions;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 0040: a cascade instance's start variables keep their variable history but no detail row; a later change of
 * such a variable, and the variables of every other model, keep their detail rows.
 */
@LadderIntegrationTest
class CycleHistoryDetailsTest {

    @Autowired
    CycleFixtures fixtures;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCascadeInstancesStartVariablesHaveHistoryButNoDetailRowsAndLaterChangesDo() {
        fixtures.charterPublished();
        CycleFixtures.Org org = fixtures.organisation();
        long id = fixtures.launch(org).cycleId();
        Task confirm = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        fixtures.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        fixtures.runJobs(id);

        ProcessInstance dept = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(UnitCascadeProcess.unitBusinessKey(id, org.dept())).singleResult();
        assertThat(dept).as("Dept's unit-cascade instance").isNotNull();
        // the variable history has every start variable, with its value
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(dept.getId()).list())
                .extracting(v -> v.getName())
                .contains(UnitCascadeProcess.CYCLE_ID.name(), UnitCascadeProcess.UNIT_ID.name(),
                        UnitCascadeProcess.ASSIGNEE.name(), UnitCascadeProcess.GOALS_DUE_AT.name());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(dept.getId())
                .variableName(UnitCascadeProcess.UNIT_ID.name()).singleResult().getValue()).isEqualTo(org.dept());
        assertThat(history.createHistoricDetailQuery().processInstanceId(dept.getId()).variableUpdates().count())
                .as("detail rows of the start variables").isZero();

        // a change of one of them later is recorded in detail
        runtime.setVariable(dept.getId(), UnitCascadeProcess.REMIND_AT.name(), "2099-01-01T00:00:00Z");
        assertThat(history.createHistoricDetailQuery().processInstanceId(dept.getId()).variableUpdates().count())
                .as("detail rows after a change").isEqualTo(1);

        // the cycle's own instance (another model) keeps its start variables' detail rows
        String cycle = fixtures.cycleInstance(id);
        assertThat(history.createHistoricDetailQuery().processInstanceId(cycle).variableUpdates().count())
                .as("detail rows of the alignment-cycle instance").isPositive();
    }
}
