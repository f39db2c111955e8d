package org.ladder.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.people.PeopleService;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link GoalProgressStore#lockChains} on the real database: it locks every goal above the given ones until commit,
 * and two transactions locking crossing chains (one leaf's chain, then the other's, in opposite orders) at the same
 * moment, again and again, never deadlock.
 */
@LadderIntegrationTest
class GoalLockChainsTest {

    @Autowired
    GoalProgressStore store;
    @Autowired
    GoalPlanning goals;
    @Autowired
    GoalFixtures fixtures;
    @Autowired
    PeopleService people;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private record Tree(long company, long leftLeaf, long rightLeaf) {
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private Tree tree(String name) {
        GoalDetails company = fixtures.activeCompanyGoal(name + " company goal");
        List<Long> units = people.unitChain(fixtures.teamUnitId());
        signedIn.as("hr");
        long[] leaves = new long[2];
        for (int b = 0; b < 2; b++) {
            GoalDetails branch = active(goals.create(GoalFixtures.unit(name + " branch " + b, units.get(1),
                    company.id())));
            leaves[b] = active(goals.create(GoalFixtures.unit(name + " leaf " + b, units.get(0), branch.id(),
                    GoalFixtures.numeric("Done", 0, 100, 0, 100)))).id();
        }
        signedIn.nobody();
        return new Tree(company.id(), leaves[0], leaves[1]);
    }

    @Test
    void theGoalsAboveStayLockedUntilCommit() throws Exception {
        Tree tree = tree("Held chain");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> tx.executeWithoutResult(s -> {
                store.lockChains(List.of(tree.leftLeaf()));
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Integer> writer = pool.submit(() -> tx.execute(s -> jdbc.update(
                    "update goal set progress = progress where id = ?", tree.company())));

            Thread.sleep(300);
            assertThat(writer.isDone()).as("the company goal, two levels up, is locked").isFalse();
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertThat(writer.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void crossingChainsLockedAtTheSameMomentNeverDeadlock() throws Exception {
        Tree tree = tree("Crossing chains");
        int rounds = 25;
        CyclicBarrier together = new CyclicBarrier(2);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> workers = List.of(
                    pool.submit(() -> lockRepeatedly(List.of(tree.leftLeaf(), tree.rightLeaf()), rounds, together,
                            failures)),
                    pool.submit(() -> lockRepeatedly(List.of(tree.rightLeaf(), tree.leftLeaf()), rounds, together,
                            failures)));
            for (Future<?> w : workers) {
                w.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("no deadlock, no lock wait timeout").isEmpty();
    }

    private void lockRepeatedly(List<Long> goalIds, int rounds, CyclicBarrier together,
            ConcurrentLinkedQueue<Throwable> failures) {
        for (int r = 0; r < rounds; r++) {
            try {
                together.await(60, TimeUnit.SECONDS);
                tx.executeWithoutResult(s -> {
                    store.lockChains(goalIds);
                    // what a check-in does next: write each goal and roll its chain up, locks held
                    for (long id : goalIds) {
                        jdbc.update("update goal set progress = progress where id = ?", id);
                    }
                    sleep(3);
                });
            } catch (Exception e) {
                failures.add(e);
            }
        }
    }

    private GoalDetails active(GoalDetails g) {
        return goals.activate(g.id(), g.version());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
