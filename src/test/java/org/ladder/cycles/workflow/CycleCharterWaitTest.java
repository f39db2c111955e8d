package org.ladder.cycles.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CyclePhase;
import org.ladder.cycles.CycleStatus;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.support.CharterFixtures;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Define phase's wait for a charter version (leadership chose to revise the charter) on the real models, in both
 * orders (ADR 0035): a version published before the cycle reaches the wait lets it go on at once, one published
 * while it waits lets it go on then, and one published while the cycle is paused lets it go on when resumed. No
 * sleeping: the publication's listener runs after its commit in the test's thread.
 */
@LadderIntegrationTest
class CycleCharterWaitTest {

    @Autowired
    CycleFixtures fixtures;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    CycleControls controls;
    @Autowired
    CycleRepository cycles;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CharterFixtures charters;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private Cycle cycle(long id) {
        return cycles.findById(id).orElseThrow();
    }

    private long launched() {
        fixtures.charterPublished();
        long id = fixtures.launch(fixtures.organisation()).cycleId();
        fixtures.runJobs(id);
        return id;
    }

    private void revise(long id) {
        Task confirm = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        fixtures.run("ceo", () -> decisions.reviseCharter(confirm.getId()));
        fixtures.runJobs(id);
    }

    private long waiting(long id) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(AlignmentCycleProcess.businessKey(id))
                .activityId(AlignmentCycleProcess.EVENT_CHARTER_PUBLISHED).count();
    }

    private long publish(String mission) {
        long version = charters.publish(mission);
        signedIn.nobody();
        return version;
    }

    private void assertWentOnWith(long id, long version) {
        assertThat(waiting(id)).as("no longer waits").isZero();
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.CASCADE);
        assertThat(cycle(id).charterVersionId()).isEqualTo(version);
    }

    @Test
    void aVersionPublishedBeforeTheWaitIsReachedLetsTheCycleGoOnAtOnce() {
        long id = launched();
        long version = publish("Published before the revise of cycle " + id);

        revise(id);

        assertWentOnWith(id, version);
    }

    @Test
    void aVersionPublishedWhileTheCycleWaitsLetsItGoOn() {
        long id = launched();
        revise(id);
        assertThat(waiting(id)).as("waits for the publication").isEqualTo(1);
        assertThat(cycle(id).phase()).isEqualTo(CyclePhase.DEFINE);

        long version = publish("Published while cycle " + id + " waits");
        fixtures.runJobs(id);

        assertWentOnWith(id, version);
    }

    @Test
    void aVersionPublishedWhileTheCycleIsPausedLetsItGoOnWhenResumed() {
        long id = launched();
        revise(id);
        fixtures.run("hr", () -> controls.pause(id, cycle(id).version()));
        fixtures.runControl(id); // the pause's chunks suspend every instance (ADR 0034)

        long version = publish("Published while cycle " + id + " is paused");
        fixtures.runJobs(id);
        assertThat(waiting(id)).as("a paused cycle does not move").isEqualTo(1);

        fixtures.run("hr", () -> controls.resume(id, cycle(id).version()));
        fixtures.runControl(id); // the resume's chunks activate them; the last one looks for the charter
        fixtures.runJobs(id);

        assertThat(cycle(id).status()).isEqualTo(CycleStatus.RUNNING);
        assertWentOnWith(id, version);
    }
}
