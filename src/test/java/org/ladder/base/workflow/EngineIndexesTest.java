package org.ladder.base.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job executor's acquisition reads the jobs due now through our index on the due date, not every timer of the
 * table (ADR 0036); the index is made once, and a second start finds it.
 */
@LadderIntegrationTest
class EngineIndexesTest {

    /** The engine's acquisition statement's conditions (Camunda 7.24, {@code Job.xml}, selectNextJobsToExecute). */
    private static final String ACQUISITION = "select RES.ID_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0) "
            + "and (RES.DUEDATE_ is null or RES.DUEDATE_ <= current_timestamp) "
            + "and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < current_timestamp) and RES.SUSPENSION_STATE_ = 1 "
            + "and ((RES.EXCLUSIVE_ = 1 and not exists (select J2.ID_ from ACT_RU_JOB J2 where "
            + "J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = 1) and (J2.LOCK_OWNER_ is not null "
            + "and J2.LOCK_EXP_TIME_ >= current_timestamp))) or RES.EXCLUSIVE_ = 0) limit 3";

    @Autowired
    EngineIndexes indexes;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theJobTableHasTheDueDateIndexOnceEvenAfterASecondStart() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(c, "ACT_RU_JOB", "LADDER_IDX_JOB_DUEDATE")).isTrue();
        }
        indexes.postProcessEngineBuild(engine); // a restart on the same database: nothing to do, no failure
        try (Connection c = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(c, "ACT_RU_JOB", "LADDER_IDX_JOB_DUEDATE")).isTrue();
        }
    }

    @Test
    void onMariaDbTheAcquisitionReadsTheDueJobsThroughTheIndex() throws Exception {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        if (!product.toLowerCase().contains("maria") && !product.toLowerCase().contains("mysql")) {
            // H2 plans an OR of IS NULL and <= as a scan; the embedded database holds a handful of jobs
            assertThat(product).containsIgnoringCase("H2");
            return;
        }
        // a table like a launch leaves it: many timers, due in days (on a near-empty table a scan is cheapest)
        BpmnModelInstance model = Bpmn.createExecutableProcess("Test_WaitingTimers").camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent().timerWithDuration("P10D").endEvent().done();
        String deployment = repository.createDeployment().addModelInstance("waiting-timers.bpmn", model).deploy()
                .getId();
        try {
            TransactionTemplate tx = new TransactionTemplate(transactions);
            for (int i = 0; i < 20; i++) {
                tx.executeWithoutResult(status -> {
                    for (int j = 0; j < 100; j++) {
                        runtime.startProcessInstanceByKey("Test_WaitingTimers");
                    }
                });
            }
            jdbc.execute("analyze table ACT_RU_JOB");
            assertPlanUsesTheIndex();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private void assertPlanUsesTheIndex() {
        List<Map<String, Object>> plan = jdbc.queryForList("explain " + ACQUISITION);
        Map<String, Object> outer = plan.get(0);
        assertThat(outer.get("table")).isEqualTo("RES");
        assertThat(outer.get("key")).isEqualTo("LADDER_IDX_JOB_DUEDATE");
        assertThat(outer.get("type")).isEqualTo("range");
    }
}
