package org.ladder.reviews.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.reviews.ReviewRoundStarted;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.RaceGate;
import org.ladder.support.ReviewFixtures;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A start pressed twice is one start: two threads starting the same round at once create one review and, after the
 * launch jobs, one instance per person; two launch jobs of the same chunk at once (a job retried while its first run
 * still commits) start one instance per person, the later one losing on the rows' versions.
 */
@LadderIntegrationTest
class ReviewStartRaceTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ReviewEngineSteps steps;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    RaceGate raceGate;
    @Autowired
    SignedIn signedIn;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void release() {
        raceGate.release();
        signedIn.nobody();
    }

    @Test
    void twoStartsAtOnceCreateOneReviewAndOneInstancePerPerson() throws Exception {
        ReviewFixtures.Team team = fixtures.freshTeam(3);
        long template = fixtures.template(false);
        String round = "race-" + CsvFiles.runId().toLowerCase();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ReviewRoundStarted> outcomes = new ArrayList<>();
        try {
            List<Future<ReviewRoundStarted>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return fixtures.start(round, team.unitId(), template);
                }));
            }
            go.countDown();
            for (Future<ReviewRoundStarted> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes.stream().mapToInt(ReviewRoundStarted::started).sum()).isEqualTo(3);
        fixtures.runLaunchJobs();
        for (long id : team.reportIds()) {
            assertThat(reviews.findByRoundKeyAndPersonId(round, id)).isPresent();
            assertThat(fixtures.instances(round, id)).as("instances of person " + id).isEqualTo(1);
        }
    }

    @Test
    void twoLaunchJobsOfOneChunkAtOnceStartOneInstancePerPerson() throws Exception {
        ReviewFixtures.Team team = fixtures.freshTeam(2);
        long template = fixtures.template(false);
        String round = "race-" + CsvFiles.runId().toLowerCase();
        fixtures.start(round, team.unitId(), template); // the launch jobs wait
        List<Long> ids = team.reportIds().stream().map(p -> fixtures.reviewOf(round, p)).toList();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        raceGate.arm();
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<ReviewEngineSteps.Started> held = first.submit(() -> tx.execute(s -> {
                List<Review> read = reviews.findByIdIn(ids); // read before the other job commits
                assertThat(read).allMatch(Review::needsLaunch);
                try {
                    raceGate.pass(null);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return steps.startChunk(ids);
            }));
            assertThat(raceGate.awaitArrival()).isTrue();
            ReviewEngineSteps.Started second = tx.execute(s -> steps.startChunk(ids));
            assertThat(second.started()).isEqualTo(2);
            raceGate.release();
            Throwable lost = null;
            try {
                held.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                lost = e.getCause();
            }
            assertThat(lost).as("the later commit loses on the rows' versions")
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        } finally {
            first.shutdownNow();
            first.awaitTermination(30, TimeUnit.SECONDS);
        }
        fixtures.runLaunchJobs(); // the queued jobs find everyone started
        for (long id : team.reportIds()) {
            assertThat(fixtures.instances(round, id)).isEqualTo(1);
        }
    }
}
