package org.ladder.checkins.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.checkins.CadenceFixtures;
import org.ladder.checkins.CadenceScope;
import org.ladder.checkins.CheckInCadences;
import org.ladder.checkins.Frequency;
import org.ladder.checkins.domain.CheckInCadenceRepository;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.RaceGate;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two launch jobs for the same people at once (a double start, or a job retried while its first run still
 * commits): the first has read the cadence rows and waits at the gate while the second starts everyone and commits;
 * the first then fails on the rows' versions and rolls back with the instances it started. One instance each.
 */
@LadderIntegrationTest
class CadenceLaunchRaceTest {

    @Autowired
    CadenceEngineSteps steps;
    @Autowired
    CheckInCadences cadences;
    @Autowired
    CheckInCadenceRepository rows;
    @Autowired
    CadenceFixtures fixtures;
    @Autowired
    SignedIn signedIn;
    @Autowired
    RaceGate raceGate;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        signedIn.nobody();
        raceGate.release();
    }

    @Test
    void twoLaunchesAtOnceStartOneInstancePerPerson() throws Exception {
        CadenceFixtures.Org org = fixtures.organisation();
        cadences.start(CadenceScope.unit(org.team(), true), Frequency.WEEKLY, LocalDate.now().plusMonths(6));
        List<Long> people = org.everyone();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        raceGate.arm();
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<CadenceEngineSteps.InLine> held = first.submit(() -> tx.execute(s -> {
                rows.findByPersonIdIn(people); // read before the other launch commits
                try {
                    raceGate.pass(null);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return steps.bringInLine(people);
            }));
            assertThat(raceGate.awaitArrival()).isTrue();

            CadenceEngineSteps.InLine second = tx.execute(s -> steps.bringInLine(people));
            assertThat(second.started()).isEqualTo(5);
            raceGate.release();

            assertThat(catchCause(held)).as("the later commit loses on the rows' versions")
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        } finally {
            first.shutdownNow();
            first.awaitTermination(30, TimeUnit.SECONDS);
        }
        for (long id : people) {
            assertThat(fixtures.instances(id)).as("instances of person " + id).isEqualTo(1);
        }
        // the queued launch job, run after both, finds everyone started
        fixtures.runLaunchJobs();
        for (long id : people) {
            assertThat(fixtures.instances(id)).isEqualTo(1);
        }
    }

    private static Throwable catchCause(Future<?> future) throws InterruptedException {
        try {
            future.get(60, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the held launch never finished", e);
        }
    }
}
