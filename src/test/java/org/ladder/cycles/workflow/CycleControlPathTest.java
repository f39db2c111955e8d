package org.ladder.cycles.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CycleIncident;
import org.ladder.cycles.CyclePhase;
import org.ladder.cycles.CycleQueries;
import org.ladder.cycles.CycleStatus;
import org.ladder.cycles.CycleUnitStatus;
import org.ladder.cycles.LaunchedCycle;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.domain.CycleUnitRepository;
import org.ladder.cycles.domain.Escalation;
import org.ladder.reviews.ReviewRoundCompleted;
import org.ladder.support.CharterFixtures;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cycle's other paths on the real models: pause and resume, cancel (nothing of it left running), a late unit
 * with its reminder and escalations (skip-level, then HR), the define task late, the revise phase with a new
 * charter (the cycle waits for its publication, and the next cycle starts from it), the cascade deadline, and a
 * failing step that becomes an incident HR retries.
 */
@LadderIntegrationTest
class CycleControlPathTest {

    @Autowired
    CycleFixtures fixtures;
    @Autowired
    CycleControls controls;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    CycleQueries queries;
    @Autowired
    CycleRepository cycles;
    @Autowired
    CycleUnitRepository units;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    CharterFixtures charters;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private Cycle cycle(long id) {
        return cycles.findById(id).orElseThrow();
    }

    /** Launches and confirms the charter: the top unit's task is open. */
    private LaunchedCycle inCascade(CycleFixtures.Org org) {
        fixtures.charterPublished();
        LaunchedCycle launched = fixtures.launch(org);
        Task confirm = fixtures.cycleTask(launched.cycleId(), AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        fixtures.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        fixtures.runJobs(launched.cycleId());
        return launched;
    }

    @Test
    void pausedNothingMovesAndResumedItGoesOn() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = inCascade(org).cycleId();
        long version = cycle(id).version();

        fixtures.run("hr", () -> controls.pause(id, version));

        assertThat(cycle(id).status()).isEqualTo(CycleStatus.PAUSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(
                fixtures.instanceIds(id))).active().count()).isZero();
        Task deptTask = fixtures.unitTask(id, org.dept());
        assertThatThrownBy(() -> fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(deptTask.getId())))
                .isInstanceOf(ValidationException.class);
        assertThat(fixtures.cycleJobs(id)).as("no job of a paused cycle runs").isEmpty();
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.resume(id, version)))
                .as("a stale version is told").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> fixtures.run("manager", () -> controls.pause(id, cycle(id).version())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        fixtures.run("hr", () -> controls.resume(id, cycle(id).version()));

        assertThat(cycle(id).status()).isEqualTo(CycleStatus.RUNNING);
        var goal = fixtures.unitGoal(org.username("ana"), org.dept(), fixtures.companyGoal().id());
        fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(deptTask.getId()));
        fixtures.runJobs(id);
        assertThat(fixtures.unitTask(id, org.team())).isNotNull();
        assertThat(goal).isNotNull();
    }

    @Test
    void cancelledNothingOfTheCycleIsLeft() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = inCascade(org).cycleId();
        var goal = fixtures.unitGoal(org.username("ana"), org.dept(), fixtures.companyGoal().id());
        fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.dept()).getId()));
        fixtures.runJobs(id);
        assertThat(fixtures.personTask(id, org.ana())).isNotNull();
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.cancel(id, cycle(id).version(), " ")))
                .isInstanceOf(ValidationException.class);

        fixtures.run("hr", () -> controls.cancel(id, cycle(id).version(), "Reorganisation"));

        Cycle cancelled = cycle(id);
        assertThat(cancelled.status()).isEqualTo(CycleStatus.CANCELLED);
        assertThat(cancelled.endReason()).isEqualTo("Reorganisation");
        assertThat(fixtures.instanceIds(id)).as("no instance").isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(
                AlignmentCycleProcess.businessKeyPrefix(id) + "%").count()).as("no task").isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(AlignmentCycleProcess.businessKey(id)).count())
                .isZero();
        assertThat(management.createJobQuery().processDefinitionKey(UnitCascadeProcess.KEY).list().stream()
                .filter(j -> fixtures.instanceIds(id).contains(j.getProcessInstanceId()))).as("no timer").isEmpty();
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.cancel(id, cycle(id).version(), "Again")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> cancelled.enter(CyclePhase.CHECK_INS)).isInstanceOf(IllegalStateException.class);
        assertThat(goal).isNotNull();
    }

    @Test
    void aLateUnitIsRemindedThenOfferedToTheSkipLevelManagerThenToHr() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = inCascade(org).cycleId();
        String key = UnitCascadeProcess.unitBusinessKey(id, org.dept());
        assertThat(fixtures.unitTask(id, org.dept()).getDueDate()).isNotNull();

        fixtures.fireTimer(key, UnitCascadeProcess.TIMER_REMIND_HEAD);
        assertThat(fixtures.unitTask(id, org.dept()).getAssignee()).as("a reminder changes nobody")
                .isEqualTo(org.username("ana"));

        fixtures.fireTimer(key, UnitCascadeProcess.TIMER_ESCALATE_TO_SKIP_LEVEL);
        Task late = fixtures.unitTask(id, org.dept());
        assertThat(candidates(late)).contains(org.username("zoe"), org.username("ana"));
        assertThat(units.findByCycleIdAndUnitId(id, org.dept()).orElseThrow().escalation())
                .isEqualTo(Escalation.SKIP_LEVEL);

        fixtures.fireTimer(key, UnitCascadeProcess.TIMER_ESCALATE_TO_HR);
        assertThat(tasks.getIdentityLinksForTask(late.getId())).extracting(IdentityLink::getGroupId).contains("HR");
        assertThat(units.findByCycleIdAndUnitId(id, org.dept()).orElseThrow().escalation()).isEqualTo(Escalation.HR);

        // the skip-level manager may act on it now: Zoe, head of the region above, sets the department's goals
        var goal = fixtures.unitGoal(org.username("zoe"), org.dept(), fixtures.companyGoal().id());
        fixtures.run(org.username("zoe"), () -> decisions.unitGoalsSet(late.getId()));
        fixtures.runJobs(id);
        CycleUnitStatus dept = fixtures.as("hr", () -> queries.units(id)).get(0);
        assertThat(dept.unitGoals()).isEqualTo(CycleUnitStatus.UnitStep.READY);
        assertThat(goal).isNotNull();

        // the define task late: offered to HR as well
        LaunchedCycle other = fixtures.launch(fixtures.organisation());
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(other.cycleId()),
                AlignmentCycleProcess.TIMER_CHARTER_LATE);
        assertThat(tasks.getIdentityLinksForTask(fixtures.cycleTask(other.cycleId(),
                AlignmentCycleProcess.TASK_CONFIRM_CHARTER).getId())).extracting(IdentityLink::getGroupId)
                .contains("HR", "LEADERSHIP");
    }

    @Test
    void reviseWithANewCharterWaitsForItsPublicationAndTheNextCycleStartsFromIt() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = inCascade(org).cycleId();
        // the cascade deadline passes: the cycle goes on to check-ins with the cascade unfinished
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_CASCADE_DEADLINE);
        fixtures.runJobs(id);
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.CHECK_INS);
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_REVIEWS_OPEN);
        fixtures.runJobs(id);
        events.publishEvent(new ReviewRoundCompleted("cycle-" + id));
        fixtures.runJobs(id);
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.REVISE);

        Task revise = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_REVISE);
        fixtures.run("ceo", () -> decisions.draftNewCharter(revise.getId(), "Alignment too low"));
        fixtures.runJobs(id);
        assertThat(fixtures.cycleTask(id, AlignmentCycleProcess.TASK_REVISE)).isNull();
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(AlignmentCycleProcess.businessKey(id))
                .activityId(AlignmentCycleProcess.TASK_AWAIT_NEXT_CHARTER).count()).as("waits for the publication")
                .isEqualTo(1);

        long published = charters.publish("Revised after " + cycle(id).name());
        signedIn.nobody();
        fixtures.runJobs(id);

        Cycle revised = cycle(id);
        assertThat(revised.strategyDecision()).isEqualTo("NEW_CHARTER");
        assertThat(revised.nextCharterVersionId()).isEqualTo(published);
        assertThat(revised.status()).as("nobody had open goals: closed at once").isEqualTo(CycleStatus.CLOSED);

        // the next cycle starts from the new charter
        var next = fixtures.request(org);
        next = next.withPeriod(next.periodStart(), next.periodEnd().plusDays(1)).withName("Next " + org.run());
        long nextId = fixtures.launch(next).cycleId();
        assertThat(cycle(nextId).charterVersionId()).isEqualTo(published);
    }

    @Test
    void aStepThatKeepsFailingBecomesAnIncidentThatHrRetries() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = inCascade(org).cycleId();
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_CASCADE_DEADLINE);
        fixtures.runJobs(id);
        long template = cycle(id).reviewTemplateId();
        jdbc.update("update cycle set review_template_id = ? where id = ?", -1L, id);
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_REVIEWS_OPEN);

        Job failing = failUntilIncident(id);

        List<CycleIncident> incidents = fixtures.as("hr", () -> controls.incidents(id));
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).activityId()).isEqualTo(AlignmentCycleProcess.TASK_START_REVIEWS);
        assertThat(incidents.get(0).message()).contains("template");
        assertThatThrownBy(() -> fixtures.as("manager", () -> controls.incidents(id)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        jdbc.update("update cycle set review_template_id = ? where id = ?", template, id);
        fixtures.run("hr", () -> controls.retry(id, incidents.get(0).incidentId()));
        management.executeJob(failing.getId());

        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.REVIEW);
        assertThat(fixtures.as("hr", () -> controls.incidents(id))).isEmpty();
    }

    /** Runs the cycle's failing job by hand until its retries are used up (the back-off is not waited for). */
    private Job failUntilIncident(long id) {
        signedIn.nobody();
        Job job = null;
        for (int i = 0; i < 10; i++) {
            job = management.createJobQuery().processInstanceId(cycle(id).processInstanceId())
                    .activityId(AlignmentCycleProcess.TASK_START_REVIEWS).singleResult();
            if (job.getRetries() == 0) {
                return job;
            }
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the step fails; the engine counts a retry down and sets the back-off
            }
        }
        return job;
    }

    private List<String> candidates(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getUserId)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Autowired
    org.ladder.checkins.domain.CheckInCadenceRepository cadenceRows;
    @Autowired
    org.ladder.checkins.CadenceFixtures cadenceFixtures;

    @Test
    void cancelledInTheCheckInsTheCadencesItStartedStop() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = inCascade(org).cycleId();
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_CASCADE_DEADLINE);
        fixtures.runJobs(id);
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.CHECK_INS);
        assertThat(cadenceRows.findByPersonId(org.finn()).orElseThrow().isActive()).isTrue();
        cadenceFixtures.runLaunchJobs();
        assertThat(cadenceFixtures.instances(org.finn())).as("Finn's cadence runs").isEqualTo(1);

        fixtures.run("hr", () -> controls.cancel(id, cycle(id).version(), "Wrong period"));
        cadenceFixtures.runLaunchJobs();

        for (long person : org.everyone()) {
            assertThat(cadenceRows.findByPersonId(person).orElseThrow().isActive()).as("cadence of " + person)
                    .isFalse();
            assertThat(cadenceFixtures.instances(person)).as("cadence instance of " + person).isZero();
            assertThat(cadenceFixtures.openTasks(person)).as("check-in tasks of " + person).isEmpty();
        }
        assertThat(fixtures.instanceIds(id)).isEmpty();
    }
}
