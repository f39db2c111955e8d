package org.ladder.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ladder.LadderApplication;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleUnitRepository;
import org.ladder.goals.GoalDetails;
import org.ladder.support.CycleFixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application stops in the middle of a cycle launch and, started again on the same database, finishes it with
 * exactly one instance per unit and person (ADR 0027): the first application launches a cycle, lets the cascade
 * start, a unit become ready and one of the chunks it queued run, and stops with the other chunk still queued; the
 * second application runs what was left, runs the same chunks once more (as a job repeated after a crash would), and
 * the cascade goes on to everyone. Two application contexts one after the other in a JVM of their own (surefire
 * execution {@code cycle-restart}), on the test profile's database (in-memory H2 kept for the JVM, or MariaDB).
 */
@EnabledIfSystemProperty(named = "ladder.test.cycle-restart", matches = "true")
class CycleRestartTest {

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LadderApplication.class).properties("server.port=0").run();
    }

    @Test
    void aLaunchInterruptedByAStopFinishesAfterTheRestartWithOneInstanceEach() {
        long cycleId;
        CycleFixtures.Org org;
        GoalDetails deptGoal;
        try (ConfigurableApplicationContext first = start()) {
            CycleFixtures fixtures = first.getBean(CycleFixtures.class);
            CycleDecisions decisions = first.getBean(CycleDecisions.class);
            org = fixtures.organisation();
            fixtures.charterPublished();
            GoalDetails company = fixtures.companyGoal();
            cycleId = fixtures.launch(org).cycleId();
            long id = cycleId;
            fixtures.run("ceo", () -> decisions.confirmCharter(
                    fixtures.cycleTask(id, "Task_ConfirmCharter").getId()));
            fixtures.runJobs(id);
            deptGoal = fixtures.unitGoal(org.username("ana"), org.dept(), company.id());
            fixtures.run(org.username("ana"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.dept()).getId()));
            // the top unit's launch chunk ran, the department is ready: its own step (start its people and
            // sub-units, ADR 0027) waits as a job when the application stops
            assertThat(fixtures.unitInstances(id, org.dept())).isEqualTo(1);
            assertThat(fixtures.personInstances(id, org.ana())).isZero();
            assertThat(fixtures.unitInstances(id, org.team())).as("the sub-units wait").isZero();
            assertThat(fixtures.cycleJobs(id)).as("a step waits when the application stops").isNotEmpty();
        }

        try (ConfigurableApplicationContext second = start()) {
            CycleFixtures fixtures = second.getBean(CycleFixtures.class);
            CycleDecisions decisions = second.getBean(CycleDecisions.class);
            CycleWorkflow workflow = second.getBean(CycleWorkflow.class);
            long id = cycleId;
            fixtures.runJobs(id);
            // a chunk that runs again after a crash (the same ids queued once more) starts nothing twice
            workflow.queueUnits(id, org.dept(), List.of(org.team(), org.squad()));
            workflow.queuePeople(id, org.dept(), List.of(org.ana()));
            fixtures.runJobs(id);
            for (long unit : org.units()) {
                assertThat(fixtures.unitInstances(id, unit)).as("instances of unit " + unit).isEqualTo(1);
            }
            assertThat(fixtures.personInstances(id, org.ana())).isEqualTo(1);

            GoalDetails parent = deptGoal;
            fixtures.unitGoal(org.username("ben"), org.team(), parent.id());
            fixtures.run(org.username("ben"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.team()).getId()));
            fixtures.unitGoal(org.username("eve"), org.squad(), parent.id());
            fixtures.run(org.username("eve"), () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.squad()).getId()));
            fixtures.runJobs(id);
            workflow.queuePeople(id, org.team(), List.of(org.ben(), org.cara(), org.dan()));
            fixtures.runJobs(id);

            for (long person : org.everyone()) {
                assertThat(fixtures.personInstances(id, person)).as("instances of person " + person).isEqualTo(1);
            }
            CyclePersonRepository persons = second.getBean(CyclePersonRepository.class);
            assertThat(persons.countStarted(id)).isEqualTo(6);
            assertThat(second.getBean(CycleUnitRepository.class).countStarted(id)).isEqualTo(3);
        }
    }
}
