package org.ladder.cycles.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ValidationException;
import org.ladder.checkins.domain.CheckInCadenceRepository;
import org.ladder.cycles.CycleClosing;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CyclePersonStatus;
import org.ladder.cycles.CyclePhase;
import org.ladder.cycles.CycleQueries;
import org.ladder.cycles.CycleStatus;
import org.ladder.cycles.CycleUnitStatus;
import org.ladder.cycles.LaunchedCycle;
import org.ladder.cycles.PhaseProgress;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.goals.GoalDetails;
import org.ladder.reviews.ReviewRoundCompleted;
import org.ladder.reviews.ReviewRounds;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * The whole cycle on the real models and the called processes (goal approval, check-in cadence launch, the
 * acknowledgement campaign of the close), jobs run and timers fired by hand: define → cascade top-down (a unit's
 * people start when their unit is ready) → check-ins → review → revise → close, with the record frozen; and the
 * cycle's figures as HR, a head and an employee see them.
 */
@LadderIntegrationTest
class AlignmentCyclePathTest {

    @Autowired
    CycleFixtures fixtures;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    CycleQueries queries;
    @Autowired
    CycleClosing closing;
    @Autowired
    CycleControls controls;
    @Autowired
    CycleRepository cycles;
    @Autowired
    CheckInCadenceRepository cadences;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ReviewRounds reviews;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SignedIn signedIn;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.ladder.support.ReviewFixtures reviewFixtures;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theWholeCycleFromDefineToClose() {
        CycleFixtures.Org org = fixtures.organisation();
        GoalDetails company = fixtures.companyGoal();
        LaunchedCycle launched = fixtures.launch(org);
        long id = launched.cycleId();

        // define: leadership confirms the published charter
        Task confirm = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        assertThat(tasks.getIdentityLinksForTask(confirm.getId())).extracting(IdentityLink::getGroupId)
                .contains("LEADERSHIP");
        assertThatThrownBy(() -> fixtures.run("employee", () -> decisions.confirmCharter(confirm.getId())))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        assertThat(cycles.findById(id).orElseThrow().charterVersionId()).isNotNull();
        fixtures.runJobs(id);

        // cascade, top-down: only the top unit has its task; nobody's personal task yet
        assertThat(phase(id)).isEqualTo(CyclePhase.CASCADE);
        Task deptTask = fixtures.unitTask(id, org.dept());
        assertThat(deptTask.getAssignee()).isEqualTo(org.username("ana"));
        assertThat(fixtures.unitTask(id, org.team())).isNull();
        assertThat(fixtures.personTask(id, org.ana())).isNull();
        assertThatThrownBy(() -> fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(deptTask.getId())))
                .as("no active unit goal yet").isInstanceOf(ValidationException.class);
        GoalDetails deptGoal = fixtures.unitGoal(org.username("ana"), org.dept(), company.id());
        fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(deptTask.getId()));
        fixtures.runJobs(id);

        // the department is ready: its own people and its sub-units start
        assertThat(fixtures.personTask(id, org.ana()).getAssignee()).isEqualTo(org.username("ana"));
        assertThat(fixtures.unitTask(id, org.team()).getAssignee()).isEqualTo(org.username("ben"));
        assertThat(fixtures.unitTask(id, org.squad()).getAssignee()).isEqualTo(org.username("eve"));
        assertThat(fixtures.personTask(id, org.cara())).as("Team is not ready yet").isNull();

        // Team becomes ready before Squad: Team's people start, Squad's do not
        GoalDetails teamGoal = fixtures.unitGoal(org.username("ben"), org.team(), deptGoal.id());
        fixtures.run(org.username("ben"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.team()).getId()));
        fixtures.runJobs(id);
        assertThat(fixtures.personTask(id, org.cara())).isNotNull();
        assertThat(fixtures.personTask(id, org.finn())).as("Squad is not ready").isNull();

        // the figures: HR sees all units, Ben only his team, Cara none (only her own cycle)
        List<CycleUnitStatus> all = fixtures.as("hr", () -> queries.units(id));
        assertThat(all).extracting(CycleUnitStatus::unitGoals).containsExactly(CycleUnitStatus.UnitStep.READY,
                CycleUnitStatus.UnitStep.READY, CycleUnitStatus.UnitStep.SETTING);
        assertThat(fixtures.as(org.username("ben"), () -> queries.units(id))).extracting(CycleUnitStatus::unitId)
                .containsExactly(org.team());
        assertThatThrownBy(() -> fixtures.as(org.username("cara"), () -> queries.units(id)))
                .isInstanceOf(AccessDeniedException.class);
        var caraCycle = fixtures.as(org.username("cara"), () -> queries.myCycle()).orElseThrow();
        assertThat(caraCycle.phase()).isEqualTo(CyclePhase.CASCADE);
        assertThat(caraCycle.myStep()).isEqualTo(CyclePersonStatus.Step.DRAFTING);
        assertThat(caraCycle.toDos()).hasSize(1);

        // personal goals: drafted, submitted and approved through the goal-approval process complete the tasks
        fixtures.personalGoalApproved(org.username("cara"), org.cara(), org.username("ben"), teamGoal.id());
        fixtures.runJobs(id);
        assertThat(fixtures.personTask(id, org.cara())).isNull();
        assertThat(fixtures.as("hr", () -> queries.people(id, org.team(), 0, 10)))
                .filteredOn(p -> p.personId() == org.cara()).extracting(CyclePersonStatus::step)
                .containsExactly(CyclePersonStatus.Step.DONE);
        GoalDetails squadGoal = fixtures.unitGoal(org.username("eve"), org.squad(), deptGoal.id());
        fixtures.run(org.username("eve"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.squad()).getId()));
        fixtures.runJobs(id);
        fixtures.personalGoalApproved(org.username("ana"), org.ana(), org.username("zoe"), deptGoal.id());
        fixtures.personalGoalApproved(org.username("ben"), org.ben(), org.username("ana"), teamGoal.id());
        fixtures.personalGoalApproved(org.username("dan"), org.dan(), org.username("ben"), teamGoal.id());
        fixtures.personalGoalApproved(org.username("eve"), org.eve(), org.username("ana"), squadGoal.id());
        fixtures.personalGoalApproved(org.username("finn"), org.finn(), org.username("eve"), squadGoal.id());
        fixtures.runJobs(id);

        // every unit and person is done: check-ins start (everyone's cadence), then the reviews open
        assertThat(phase(id)).isEqualTo(CyclePhase.CHECK_INS);
        for (long person : org.everyone()) {
            assertThat(cadences.findByPersonId(person)).as("cadence of " + person).isPresent();
        }
        PhaseProgress cascade = fixtures.as("hr", () -> queries.cycle(id)).phases().get(1);
        assertThat(cascade.done()).isEqualTo(9);
        assertThat(cascade.pending()).isZero();
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_REVIEWS_OPEN);
        fixtures.runJobs(id);
        assertThat(phase(id)).isEqualTo(CyclePhase.REVIEW);
        reviewFixtures.runLaunchJobs();
        assertThat(jdbc.queryForObject("select count(*) from review where round_key = ?", Integer.class,
                "cycle-" + id)).as("the reviews module started one review per person").isEqualTo(6);
        events.publishEvent(new ReviewRoundCompleted("cycle-" + id));
        fixtures.runJobs(id);

        // revise: leadership sees the outcomes and keeps the strategy
        assertThat(phase(id)).isEqualTo(CyclePhase.REVISE);
        var outcomes = fixtures.as("ceo", () -> queries.outcomes(id));
        assertThat(outcomes.goals()).isGreaterThanOrEqualTo(9);
        assertThat(outcomes.alignmentPercent()).isEqualTo(100.0);
        Task revise = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_REVISE);
        fixtures.run("ceo", () -> decisions.keepStrategy(revise.getId(), "Kept: " + outcomes.alignmentPercent()));
        fixtures.runJobs(id);

        // close: every owner of a still-open goal closes it (achieve, abandon, carry); then the record is frozen
        assertThat(phase(id)).isEqualTo(CyclePhase.CLOSE);
        closeEverything(id, org);
        fixtures.runJobs(id);
        Cycle closed = cycles.findById(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(CycleStatus.CLOSED);
        assertThat(closed.phase()).isEqualTo(CyclePhase.CLOSED);
        assertThat(closed.strategyDecision()).isEqualTo("KEPT");
        assertThat(fixtures.instanceIds(id)).as("nothing of the cycle runs").isEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(closed.processInstanceId())
                .activityId(AlignmentCycleProcess.END_CLOSED).count()).isEqualTo(1);
        assertThatThrownBy(() -> closed.enter(CyclePhase.CLOSE)).isInstanceOf(IllegalStateException.class);
    }

    private void closeEverything(long id, CycleFixtures.Org org) {
        for (String who : List.of("ana", "ben", "cara", "dan", "eve", "finn")) {
            String username = org.username(who);
            List<GoalDetails> open = fixtures.as(username, () -> closing.myOpenGoals(id));
            assertThat(open).as("open goals of " + who).isNotEmpty();
            for (int i = 0; i < open.size(); i++) {
                GoalDetails g = open.get(i);
                if (who.equals("dan")) {
                    fixtures.as(username, () -> closing.carry(id, g.id(), g.version(),
                            cycles.findById(id).orElseThrow().periodEnd().plusMonths(3)));
                } else if (who.equals("finn")) {
                    fixtures.as(username, () -> closing.abandon(id, g.id(), g.version(), "Priorities changed"));
                } else {
                    fixtures.as(username, () -> closing.achieve(id, g.id(), g.version(), "Done"));
                }
            }
            assertThat(fixtures.as(username, () -> closing.isAsked(id))).as(who + " finished").isFalse();
        }
    }

    private CyclePhase phase(long id) {
        return cycles.findById(id).orElseThrow().phase();
    }
}
