package org.ladder.cycles.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.workflow.StepCounts;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CycleSteps;
import org.ladder.cycles.CycleStepsEngine.Model;
import org.ladder.cycles.CycleViewer;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.people.PersonEditing;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cycle page's counters (ADR 0033) against the grouped statements over the engine's history (ADR 0028), at each
 * point of a cycle's real paths: the launch, the charter confirmed, a unit's goals set, a unit late with its timers
 * fired, a task past its due date, a person leaving, a step failing into an incident, the cancel. Whole cycle (HR)
 * and a head's units alike; a cycle launched before the counters is still counted by the grouped statements.
 */
@LadderIntegrationTest
class CycleStepCountersTest {

    @Autowired
    CycleFixtures fixtures;
    @Autowired
    EngineCycleSteps engine;
    @Autowired
    CycleStepCounters counters;
    @Autowired
    CycleSteps steps;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    CycleControls controls;
    @Autowired
    CycleRepository cycles;
    @Autowired
    PersonEditing editing;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    /** The grouped statements' counts without the steps where nothing is (the counters leave those out). */
    private static Map<String, StepCounts> nonEmpty(Map<String, StepCounts> counts) {
        Map<String, StepCounts> result = new HashMap<>();
        counts.forEach((id, c) -> {
            if (!c.isEmpty()) {
                result.put(id, c);
            }
        });
        return result;
    }

    /** The scope of the head of Team (Ben): Team's instance and its people's. */
    private List<String> bensKeys(CycleFixtures.Org org, long cycleId) {
        CycleViewer ben = fixtures.as(org.username("ben"), () -> steps.viewer(cycleId).orElseThrow());
        assertThat(ben.everything()).isFalse();
        return ben.businessKeys();
    }

    /** Counters equal the grouped statements, for both models, for HR and for Ben; returns HR's cascade counts. */
    private Map<String, StepCounts> same(String when, CycleFixtures.Org org, long cycleId) {
        assertThat(engine.counted(cycleId)).as("counted").isTrue();
        for (Model model : Model.values()) {
            assertThat(engine.counts(model, cycleId, null)).as(when + ": " + model + " for HR")
                    .isEqualTo(nonEmpty(engine.grouped(model, cycleId, null)));
        }
        List<String> ben = bensKeys(org, cycleId);
        assertThat(engine.counts(Model.CASCADE, cycleId, ben)).as(when + ": the cascade for Ben")
                .isEqualTo(nonEmpty(engine.grouped(Model.CASCADE, cycleId, ben)));
        // what the page asks: by Ben's units, without reading his people or their business keys
        CycleViewer bens = fixtures.as(org.username("ben"), () -> steps.viewer(cycleId).orElseThrow());
        for (Model model : Model.values()) {
            assertThat(engine.counts(model, bens)).as(when + ": " + model + " for Ben's page")
                    .isEqualTo(nonEmpty(engine.grouped(model, cycleId, model == Model.CYCLE ? null : ben)));
        }
        return engine.counts(Model.CASCADE, cycleId, null);
    }

    private static StepCounts at(Map<String, StepCounts> counts, String step) {
        return counts.getOrDefault(step, StepCounts.NONE);
    }

    @Test
    void theCountersEqualTheGroupedStatementsAtEachPointOfTheCycle() {
        fixtures.charterPublished();
        CycleFixtures.Org org = fixtures.organisation();
        long id = fixtures.launch(org).cycleId();
        Map<String, StepCounts> cascade = same("launched", org, id);
        assertThat(engine.counts(Model.CYCLE, id, null).get(AlignmentCycleProcess.TASK_CONFIRM_CHARTER))
                .isEqualTo(new StepCounts(1, 0, 0, 0));
        assertThat(cascade).isEmpty();

        Task confirm = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        fixtures.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        fixtures.runJobs(id);
        cascade = same("charter confirmed", org, id);
        assertThat(at(cascade, UnitCascadeProcess.TASK_SET_UNIT_GOALS)).isEqualTo(new StepCounts(1, 0, 0, 0));
        assertThat(at(cascade, UnitCascadeProcess.TASK_START_CHUNK).completed()).isPositive();

        var company = fixtures.companyGoal();
        fixtures.unitGoal(org.username("ana"), org.dept(), company.id());
        fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.dept()).getId()));
        fixtures.runJobs(id);
        cascade = same("Dept's goals set", org, id);
        assertThat(at(cascade, UnitCascadeProcess.TASK_SET_UNIT_GOALS)).isEqualTo(new StepCounts(2, 0, 1, 0));
        assertThat(at(cascade, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).active()).isEqualTo(1);

        // Team is late: reminded, offered to the skip-level manager, then to HR
        String team = UnitCascadeProcess.unitBusinessKey(id, org.team());
        fixtures.fireTimer(team, UnitCascadeProcess.TIMER_REMIND_HEAD);
        fixtures.fireTimer(team, UnitCascadeProcess.TIMER_ESCALATE_TO_SKIP_LEVEL);
        fixtures.fireTimer(team, UnitCascadeProcess.TIMER_ESCALATE_TO_HR);
        cascade = same("Team late, its timers fired", org, id);
        assertThat(at(cascade, UnitCascadeProcess.TIMER_ESCALATE_TO_HR).completed()).isEqualTo(1);

        // Team's task past its due date: overdue, for HR and for Ben
        Task teamTask = fixtures.unitTask(id, org.team());
        teamTask.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        tasks.saveTask(teamTask);
        cascade = same("Team's task overdue", org, id);
        assertThat(at(cascade, UnitCascadeProcess.TASK_SET_UNIT_GOALS).overdue()).isEqualTo(1);
        assertThat(at(engine.counts(Model.CASCADE, id, bensKeys(org, id)), UnitCascadeProcess.TASK_SET_UNIT_GOALS))
                .isEqualTo(new StepCounts(1, 1, 0, 0));

        // Team's and Squad's goals set: their people draft theirs
        fixtures.unitGoal(org.username("ben"), org.team(), company.id());
        fixtures.run(org.username("ben"), () -> decisions.unitGoalsSet(teamTask.getId()));
        fixtures.unitGoal(org.username("eve"), org.squad(), company.id());
        fixtures.run(org.username("eve"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.squad()).getId()));
        fixtures.runJobs(id);
        cascade = same("every unit ready", org, id);
        assertThat(at(cascade, UnitCascadeProcess.TASK_SET_UNIT_GOALS)).isEqualTo(new StepCounts(0, 0, 3, 0));
        assertThat(at(cascade, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).active()).isEqualTo(6);

        // Cara leaves: her instance is cancelled, not completed
        fixtures.run("hr", () -> editing.setActive(org.cara(), false));
        cascade = same("Cara left", org, id);
        assertThat(at(cascade, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS)).isEqualTo(new StepCounts(5, 0, 0, 0));

        // the cycle's step fails until it is an incident
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_CASCADE_DEADLINE);
        fixtures.runJobs(id);
        long template = cycles.findById(id).orElseThrow().reviewTemplateId();
        jdbc.update("update cycle set review_template_id = ? where id = ?", -1L, id);
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_REVIEWS_OPEN);
        failUntilIncident(id);
        same("an incident", org, id);
        assertThat(engine.counts(Model.CYCLE, id, null).get(AlignmentCycleProcess.TASK_START_REVIEWS).failed())
                .isEqualTo(1);
        jdbc.update("update cycle set review_template_id = ? where id = ?", template, id);

        // cancelled: nothing active, nothing overdue, what was there cancelled (not completed)
        fixtures.run("hr", () -> controls.cancel(id, cycles.findById(id).orElseThrow().version(), "Reorganisation"));
        fixtures.runControl(id); // the cancel's chunks end every instance (ADR 0034)
        cascade = same("cancelled", org, id);
        assertThat(cascade.values()).allSatisfy(c -> {
            assertThat(c.active()).isZero();
            assertThat(c.overdue()).isZero();
        });
        assertThat(at(cascade, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS)).isEqualTo(StepCounts.NONE);
        assertThat(engine.counts(Model.CYCLE, id, null).values()).allSatisfy(c -> assertThat(c.active()).isZero());
        assertThat(jdbc.queryForObject("select count(*) from cycle_open_task where cycle_id = ?", Long.class, id))
                .as("no open task mirrored").isZero();
    }

    @Test
    void aCycleLaunchedBeforeTheCountersIsCountedByTheGroupedStatements() {
        fixtures.charterPublished();
        CycleFixtures.Org org = fixtures.organisation();
        long id = fixtures.launch(org).cycleId();
        // as if launched before V25: no row says it is counted, and it has no counters
        counters.forget(id);
        jdbc.update("delete from cycle_step_count where cycle_id = ?", id);
        jdbc.update("delete from cycle_open_task where cycle_id = ?", id);

        Task confirm = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        fixtures.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        fixtures.runJobs(id);

        assertThat(engine.counted(id)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from cycle_step_count where cycle_id = ?", Long.class, id))
                .as("nothing counted for it").isZero();
        Map<String, StepCounts> cascade = fixtures.as("hr", () -> steps.models(id)).stream()
                .filter(m -> m.model() == Model.CASCADE).findFirst().orElseThrow().counts();
        assertThat(cascade).isEqualTo(engine.grouped(Model.CASCADE, id, null));
        assertThat(cascade.get(UnitCascadeProcess.TASK_SET_UNIT_GOALS)).isEqualTo(new StepCounts(1, 0, 0, 0));
    }

    /** Runs the cycle's failing job by hand until its retries are used up (the back-off is not waited for). */
    private void failUntilIncident(long id) {
        signedIn.nobody();
        for (int i = 0; i < 10; i++) {
            Job job = management.createJobQuery().processInstanceId(cycles.findById(id).orElseThrow()
                    .processInstanceId()).activityId(AlignmentCycleProcess.TASK_START_REVIEWS).singleResult();
            if (job.getRetries() == 0) {
                return;
            }
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the step fails; the engine counts a retry down
            }
        }
    }
}
