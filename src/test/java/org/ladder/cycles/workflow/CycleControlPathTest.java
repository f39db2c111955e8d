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
import org.ladder.checkins.Frequency;
import org.ladder.cycles.CycleClosing;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CycleIncident;
import org.ladder.cycles.CyclePersonStatus.Step;
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
import org.ladder.reviews.ReviewStep;
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

    @Autowired
    org.ladder.cycles.CycleControlChunks chunks;

    @AfterEach
    void defaultChunks() {
        chunks.setSize(500);
    }

    /** In the cascade with the department's goals set: its people and the sub-units have instances too. */
    private long deptReady(CycleFixtures.Org org) {
        long id = inCascade(org).cycleId();
        var goal = fixtures.unitGoal(org.username("ana"), org.dept(), fixtures.companyGoal().id());
        fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.dept()).getId()));
        fixtures.runJobs(id);
        assertThat(goal).isNotNull();
        assertThat(fixtures.personTask(id, org.ana())).isNotNull();
        return id;
    }

    private long active(long cycleId) {
        List<String> ids = fixtures.instanceIds(cycleId);
        return ids.isEmpty() ? 0 : runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(
                ids)).active().count();
    }

    private org.ladder.cycles.CycleControlProgress progress(long id) {
        return fixtures.as("hr", () -> controls.progress(id)).orElseThrow();
    }

    @Test
    void pausedInChunksNothingMovesAndResumedItGoesOn() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = deptReady(org);
        CycleFixtures.Org otherOrg = fixtures.organisation();
        long other = inCascade(otherOrg).cycleId();
        long otherActive = active(other);
        int instances = fixtures.instanceIds(id).size();
        assertThat(instances).as("the cycle, the team's and squad's, Ana's").isEqualTo(4);
        chunks.setSize(1);
        long version = cycle(id).version();

        fixtures.run("hr", () -> controls.pause(id, version));

        // the decision is recorded at once; the cycle's own instance waits at once, the rest in chunks
        assertThat(cycle(id).status()).isEqualTo(CycleStatus.PAUSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle(id).processInstanceId()).singleResult()
                .isSuspended()).isTrue();
        assertThat(active(id)).as("the rest waits for the jobs").isEqualTo(instances - 1);
        assertThat(progress(id).running()).isTrue();
        assertThat(progress(id).message()).as("the cycle's own instance is suspended in the click")
                .isEqualTo("Pausing: 1 of " + instances + " instances suspended");
        Task teamTask = fixtures.unitTask(id, org.team());
        assertThatThrownBy(() -> fixtures.run(org.username("ben"), () -> decisions.unitGoalsSet(teamTask.getId())))
                .as("no task of the cycle is completed through Ladder while it pauses")
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.resume(id, cycle(id).version())))
                .as("resume while the pause is at work").isInstanceOf(ValidationException.class)
                .hasMessageContaining("still at work").hasMessageContaining("Pausing: 1 of " + instances);

        int ran = fixtures.runControl(id);

        assertThat(ran).as("one job per chunk of 1, and the last that finds nothing left").isEqualTo(instances);
        assertThat(active(id)).as("every instance suspended").isZero();
        assertThat(fixtures.cycleJobs(id)).as("no job of a paused cycle runs").isEmpty();
        assertThat(progress(id).running()).isFalse();
        assertThat(progress(id).message()).isEqualTo("Paused: all " + instances + " instances suspended.");
        assertThat(active(other)).as("the other cycle goes on").isEqualTo(otherActive);
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.resume(id, version)))
                .as("a stale version is told").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> fixtures.run("manager", () -> controls.pause(id, cycle(id).version())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        fixtures.run("hr", () -> controls.resume(id, cycle(id).version()));

        assertThat(cycle(id).status()).isEqualTo(CycleStatus.RUNNING);
        assertThatThrownBy(() -> fixtures.run(org.username("ben"), () -> decisions.unitGoalsSet(teamTask.getId())))
                .as("its tasks open again as the resume goes on").isInstanceOf(ValidationException.class)
                .hasMessageContaining("Resuming: 0 of " + instances);
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.pause(id, cycle(id).version())))
                .as("pause while the resume is at work").isInstanceOf(ValidationException.class)
                .hasMessageContaining("still at work");
        fixtures.runControl(id);
        assertThat(active(id)).as("every instance goes on").isEqualTo(instances);
        assertThat(progress(id).message()).isEqualTo("Resumed: all " + instances + " instances going on.");
        var goal = fixtures.unitGoal(org.username("ben"), org.team(), fixtures.companyGoal().id());
        fixtures.run(org.username("ben"), () -> decisions.unitGoalsSet(teamTask.getId()));
        fixtures.runJobs(id);
        assertThat(fixtures.personTask(id, org.cara())).as("the team's people start").isNotNull();
        assertThat(goal).isNotNull();
    }

    @Autowired
    org.ladder.checkins.CheckInCadences checkInCadences;
    @Autowired
    org.ladder.support.ReviewFixtures reviewFixtures;
    @Autowired
    org.ladder.reviews.domain.ReviewRepository reviewRows;
    @Autowired
    org.ladder.tasks.AcknowledgementCampaigns campaigns;

    @Test
    void cancelledInChunksNothingOfTheCycleIsLeftAndNothingElseIsTouched() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = deptReady(org);
        // check-ins (a cadence per person), then the review round (a review per person)
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_CASCADE_DEADLINE);
        fixtures.runJobs(id);
        cadenceFixtures.runLaunchJobs();
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_REVIEWS_OPEN);
        fixtures.runJobs(id);
        reviewFixtures.runLaunchJobs();
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.REVIEW);
        String round = cycle(id).roundKey();
        assertThat(reviewFixtures.instances(round, org.finn())).as("Finn's review runs").isEqualTo(1);
        assertThat(cadenceFixtures.instances(org.finn())).as("Finn's cadence runs").isEqualTo(1);
        // outside the cycle: another cycle, a cadence and a review round of people outside its scope
        long other = inCascade(fixtures.organisation()).cycleId();
        long otherActive = active(other);
        var outsiders = cadenceFixtures.organisation();
        signedIn.nobody();
        checkInCadences.startFor(outsiders.everyone(), Frequency.EVERY_TWO_WEEKS,
                fixtures.today().plusMonths(3), "The control test", "test", 0);
        cadenceFixtures.runLaunchJobs();
        var team = reviewFixtures.freshTeam(2);
        String otherRound = reviewFixtures.startRound(team, reviewFixtures.defaultTemplate());
        reviewFixtures.runLaunchJobs();
        int instances = fixtures.instanceIds(id).size();
        chunks.setSize(2);

        fixtures.run("hr", () -> controls.cancel(id, cycle(id).version(), "Reorganisation"));

        Cycle cancelled = cycle(id);
        assertThat(cancelled.status()).isEqualTo(CycleStatus.CANCELLED);
        assertThat(cancelled.endReason()).isEqualTo("Reorganisation");
        assertThat(progress(id).message()).isEqualTo("Cancelling: 0 of " + instances + " instances ended");
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.resume(id, cycle(id).version())))
                .as("resume during the cancel").isInstanceOf(ValidationException.class)
                .hasMessageContaining("cancelled").hasMessageContaining("Cancelling: 0 of " + instances);
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.pause(id, cycle(id).version())))
                .as("pause of a cancelled cycle").isInstanceOf(ValidationException.class)
                .hasMessageContaining("cancelled");

        int ran = fixtures.runControl(id);
        cadenceFixtures.runLaunchJobs();

        assertThat(ran).as("several chunks").isGreaterThan(instances / 2);
        assertThat(progress(id).running()).isFalse();
        assertThat(progress(id).message()).startsWith("Cancelled: all " + instances + " instances ended, check-in "
                + "cadences of " + org.everyone().size() + " people stopped, " + org.everyone().size()
                + " open reviews ended");
        assertThat(fixtures.instanceIds(id)).as("no instance").isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(
                AlignmentCycleProcess.businessKeyPrefix(id) + "%").count()).as("no task").isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(AlignmentCycleProcess.businessKey(id)).count())
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB J join ACT_RU_EXECUTION E on E.ID_ = "
                + "J.PROCESS_INSTANCE_ID_ where E.BUSINESS_KEY_ = ? or E.BUSINESS_KEY_ like ? or E.BUSINESS_KEY_ like ?",
                Long.class, AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.businessKeyPrefix(id) + "%",
                CycleControlProcess.businessKeyPrefix(id) + "%")).as("no job or timer").isZero();
        assertThat(fixtures.controlJobs(id)).isEmpty();
        for (long person : org.everyone()) {
            assertThat(cadenceRows.findByPersonId(person).orElseThrow().isActive()).as("cadence of " + person)
                    .isFalse();
            assertThat(cadenceFixtures.instances(person)).as("cadence instance of " + person).isZero();
            assertThat(cadenceFixtures.openTasks(person)).as("check-in tasks of " + person).isEmpty();
            assertThat(reviewFixtures.instances(round, person)).as("review of " + person).isZero();
        }
        assertThat(reviewRows.findByRoundKeyAndStepNotIn(round, List.of(ReviewStep.DONE,
                ReviewStep.ENDED))).as("no open review").isEmpty();
        assertThat(campaigns.campaignFor(CycleClosing.SUBJECT, id)
                .filter(c -> c.closedAt() == null && c.completedAt() == null)).as("no close request").isEmpty();
        // nothing outside the cycle was touched
        assertThat(active(other)).isEqualTo(otherActive);
        for (long person : outsiders.everyone()) {
            assertThat(cadenceRows.findByPersonId(person).orElseThrow().isActive()).as("outsider " + person).isTrue();
            assertThat(cadenceFixtures.instances(person)).as("outsider's cadence " + person).isEqualTo(1);
        }
        assertThat(reviewFixtures.instances(otherRound, team.reportIds().get(0))).as("the other round").isEqualTo(1);
        assertThatThrownBy(() -> fixtures.run("hr", () -> controls.cancel(id, cycle(id).version(), "Again")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> cancelled.enter(CyclePhase.CHECK_INS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCancelOvertakesAPauseAtWork() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = deptReady(org);
        chunks.setSize(2);
        fixtures.run("hr", () -> controls.pause(id, cycle(id).version()));
        List<org.camunda.bpm.engine.runtime.Job> pauseJobs = fixtures.controlJobs(id);
        management.executeJob(pauseJobs.get(0).getId());
        assertThat(progress(id).message()).startsWith("Pausing: 3 of ");

        fixtures.run("hr", () -> controls.cancel(id, cycle(id).version(), "Wrong scope"));
        fixtures.runControl(id);

        assertThat(fixtures.instanceIds(id)).isEmpty();
        assertThat(fixtures.controlJobs(id)).isEmpty();
        assertThat(progress(id).operation()).isEqualTo("CANCEL");
        assertThat(progress(id).running()).isFalse();
        assertThat(jdbc.query("select operation, superseded, finished_at from cycle_control where cycle_id = ? "
                + "order by id", (rs, n) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + (rs.getTimestamp(3)
                        != null), id))
                .as("the pause stopped at its next turn").containsExactly("PAUSE true true", "CANCEL false true");
    }

    @Autowired
    org.ladder.support.TaskCreationHold taskCreation;

    @Test
    void cancelledWhileTheLaunchChunksStillRunNothingStartedAfterTheCancelSurvives() throws InterruptedException {
        CycleFixtures.Org org = fixtures.organisation();
        long id = inCascade(org).cycleId();
        var goal = fixtures.unitGoal(org.username("ana"), org.dept(), fixtures.companyGoal().id());
        fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.dept()).getId()));
        // the department's unit job starts its people and sub-units (one chunk's worth: in its own transaction,
        // ADR 0027); it has not run yet
        signedIn.nobody();
        List<org.camunda.bpm.engine.runtime.Job> chunkJobs = fixtures.cycleJobs(id);
        assertThat(chunkJobs).as("the department's start of its people and sub-units, waiting").hasSize(1);
        assertThat(goal).isNotNull();

        // a launch chunk is at work when HR cancels: it has started its instances, HR's cancel commits, then the
        // chunk looks at its cycle again before it commits
        java.util.concurrent.CountDownLatch chunkStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch cancelled = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> chunkFailure = new java.util.concurrent.atomic
                .AtomicReference<>();
        taskCreation.holdNext(() -> {
            chunkStarted.countDown();
            await(cancelled);
        });
        Thread chunk = new Thread(() -> {
            try {
                management.executeJob(chunkJobs.get(0).getId());
            } catch (Throwable e) {
                chunkFailure.set(e);
            }
        });
        try {
            chunk.start();
            await(chunkStarted);
            fixtures.run("hr", () -> controls.cancel(id, cycle(id).version(), "Stop it"));
            cancelled.countDown();
            chunk.join(60_000);
        } finally {
            taskCreation.release();
        }
        assertThat(chunkFailure.get()).as("the chunk saw the cancel and rolled back").isNotNull()
                .hasMessageContaining("cancelled while this launch chunk started");
        // the executor retries the chunk and runs the other chunks after the cancel: nothing starts
        signedIn.nobody();
        for (org.camunda.bpm.engine.runtime.Job job : chunkJobs) {
            management.executeJob(job.getId());
        }
        fixtures.runControl(id);
        assertThat(fixtures.instanceIds(id)).as("nothing of the cycle survives").isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(
                AlignmentCycleProcess.businessKeyPrefix(id) + "%").count()).isZero();
        for (long person : org.everyone()) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                    UnitCascadeProcess.personBusinessKey(id, person)).count()).as("instance of " + person).isZero();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        fixtures.runControl(id);
        cadenceFixtures.runLaunchJobs();

        for (long person : org.everyone()) {
            assertThat(cadenceRows.findByPersonId(person).orElseThrow().isActive()).as("cadence of " + person)
                    .isFalse();
            assertThat(cadenceFixtures.instances(person)).as("cadence instance of " + person).isZero();
            assertThat(cadenceFixtures.openTasks(person)).as("check-in tasks of " + person).isEmpty();
        }
        assertThat(fixtures.instanceIds(id)).isEmpty();
    }

    @Autowired
    org.ladder.cycles.domain.CyclePersonRepository cyclePersons;
    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    private org.ladder.cycles.domain.CyclePerson person(long cycleId, long personId) {
        return cyclePersons.findByCycleIdAndPersonId(cycleId, personId).orElseThrow();
    }

    /** How many times the person's personal-goals task was completed (it can be only once). */
    private long draftsCompleted(long cycleId, long personId) {
        return history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(UnitCascadeProcess.personBusinessKey(cycleId, personId))
                .taskDefinitionKey(UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).finished().count();
    }

    @Test
    void aGoalApprovedWhilePausedCompletesThePersonsTaskWhenResumedAndOnlyOnce() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = deptReady(org);
        var deptGoal = fixtures.unitGoal(org.username("ana"), org.dept(), fixtures.companyGoal().id());
        chunks.setSize(1);
        fixtures.run("hr", () -> controls.pause(id, cycle(id).version()));
        fixtures.runControl(id);

        // Ana's manager approves two of her goals while the cycle is paused
        fixtures.personalGoalApproved(org.username("ana"), org.ana(), org.username("zoe"), deptGoal.id());
        fixtures.personalGoalApproved(org.username("ana"), org.ana(), org.username("zoe"), deptGoal.id());

        Task draft = fixtures.personTask(id, org.ana());
        assertThat(draft).as("her task waits with the paused cycle").isNotNull();
        assertThat(draft.isSuspended()).isTrue();
        assertThat(person(id, org.ana()).status()).isEqualTo(Step.DRAFTING);
        assertThat(person(id, org.ana()).approvalWaitingAt()).as("the approval is recorded for the resume")
                .isNotNull();

        fixtures.run("hr", () -> controls.resume(id, cycle(id).version()));
        int instances = fixtures.instanceIds(id).size();
        fixtures.runControl(id);
        fixtures.runJobs(id);

        assertThat(fixtures.personTask(id, org.ana())).as("the resume took the approval").isNull();
        assertThat(person(id, org.ana()).status()).isEqualTo(Step.DONE);
        assertThat(person(id, org.ana()).approvalWaitingAt()).isNull();
        assertThat(draftsCompleted(id, org.ana())).as("taken once for both approvals").isEqualTo(1);
        assertThat(progress(id).message()).isEqualTo("Resumed: all " + instances + " instances going on. 1"
                + " approvals and acknowledgements made while paused taken.");

        // a later approval finds nothing left to do; a later pause and resume take nothing again
        fixtures.personalGoalApproved(org.username("ana"), org.ana(), org.username("zoe"), deptGoal.id());
        fixtures.run("hr", () -> controls.pause(id, cycle(id).version()));
        fixtures.runControl(id);
        fixtures.run("hr", () -> controls.resume(id, cycle(id).version()));
        fixtures.runControl(id);
        assertThat(draftsCompleted(id, org.ana())).isEqualTo(1);
        assertThat(progress(id).message()).doesNotContain("approvals");
    }

    @Test
    void aGoalApprovedWhileTheResumeHasNotReachedThePersonIsTakenByIt() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = deptReady(org);
        var deptGoal = fixtures.unitGoal(org.username("ana"), org.dept(), fixtures.companyGoal().id());
        fixtures.run("hr", () -> controls.pause(id, cycle(id).version()));
        fixtures.runControl(id);
        fixtures.run("hr", () -> controls.resume(id, cycle(id).version()));
        assertThat(cycle(id).status()).isEqualTo(CycleStatus.RUNNING);
        assertThat(fixtures.personTask(id, org.ana()).isSuspended()).as("its chunks have not run yet").isTrue();

        fixtures.personalGoalApproved(org.username("ana"), org.ana(), org.username("zoe"), deptGoal.id());

        assertThat(person(id, org.ana()).approvalWaitingAt()).as("her instance could not take it yet").isNotNull();
        fixtures.runControl(id);
        fixtures.runJobs(id);
        assertThat(fixtures.personTask(id, org.ana())).isNull();
        assertThat(person(id, org.ana()).status()).isEqualTo(Step.DONE);
        assertThat(draftsCompleted(id, org.ana())).isEqualTo(1);
    }

    @Autowired
    org.ladder.people.PersonEditing editing;
    @Autowired
    org.ladder.reviews.ReviewRounds reviewRounds;

    @Test
    void aLeaverWhoWasTheLastOfTheCascadeWhilePausedEndsTheCascadeWhenResumed() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = deptReady(org);
        var deptGoal = fixtures.unitGoal(org.username("ana"), org.dept(), fixtures.companyGoal().id());
        var teamGoal = fixtures.unitGoal(org.username("ben"), org.team(), deptGoal.id());
        fixtures.run(org.username("ben"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.team()).getId()));
        var squadGoal = fixtures.unitGoal(org.username("eve"), org.squad(), deptGoal.id());
        fixtures.run(org.username("eve"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.squad()).getId()));
        fixtures.runJobs(id);
        fixtures.personalGoalApproved(org.username("ana"), org.ana(), org.username("zoe"), deptGoal.id());
        fixtures.personalGoalApproved(org.username("ben"), org.ben(), org.username("ana"), teamGoal.id());
        fixtures.personalGoalApproved(org.username("cara"), org.cara(), org.username("ben"), teamGoal.id());
        fixtures.personalGoalApproved(org.username("dan"), org.dan(), org.username("ben"), teamGoal.id());
        fixtures.personalGoalApproved(org.username("eve"), org.eve(), org.username("ana"), squadGoal.id());
        fixtures.runJobs(id);
        assertThat(person(id, org.finn()).status()).as("Finn is the last one drafting").isEqualTo(Step.DRAFTING);
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.CASCADE);

        fixtures.run("hr", () -> controls.pause(id, cycle(id).version()));
        fixtures.runControl(id);
        // Finn leaves while the cycle is paused: the cascade is done, but the cycle's suspended instance cannot hear it
        fixtures.run("hr", () -> editing.setActive(org.finn(), false));
        fixtures.runJobs(id);
        assertThat(person(id, org.finn()).status()).isEqualTo(Step.LEFT);
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.CASCADE);

        fixtures.run("hr", () -> controls.resume(id, cycle(id).version()));
        fixtures.runControl(id);
        fixtures.runJobs(id);
        assertThat(cycle(id).phase()).as("the resume found the cascade done").isEqualTo(CyclePhase.CHECK_INS);
    }

    @Test
    void aReviewRoundCompletedWhilePausedIsTakenWhenResumed() {
        CycleFixtures.Org org = fixtures.organisation();
        long id = inCascade(org).cycleId();
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_CASCADE_DEADLINE);
        fixtures.runJobs(id);
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_REVIEWS_OPEN);
        fixtures.runJobs(id);
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.REVIEW);

        fixtures.run("hr", () -> controls.pause(id, cycle(id).version()));
        fixtures.runControl(id);
        // the round's reviews are not the cycle's instances: they end while it is paused, and the round is complete
        fixtures.run("hr", () -> reviewRounds.cancel(cycle(id).roundKey(), "Ended by HR"));
        fixtures.runJobs(id);
        assertThat(reviewRounds.progress(cycle(id).roundKey()).complete()).isTrue();
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.REVIEW);

        fixtures.run("hr", () -> controls.resume(id, cycle(id).version()));
        fixtures.runControl(id);
        fixtures.runJobs(id);
        assertThat(cycle(id).phase()).as("the resume took the completed round").isEqualTo(CyclePhase.REVISE);
        assertThat(fixtures.cycleTask(id, AlignmentCycleProcess.TASK_REVISE)).isNotNull();
    }
}
