package org.ladder.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.people.PeopleService;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link GoalProgressStore#lockChains} on the real database: it locks every goal above the given ones until commit,
 * and two transactions locking crossing chains (one leaf's chain, then the other's, in opposite orders) at the same
 * moment, again and again, never deadlock. No sleeping: a test waits until the database shows the other transaction
 * waiting for a row lock ({@link #waitsForALock}), with no privilege beyond the application's own (CI connects to
 * MariaDB as a user without PROCESS, which {@code INNODB_TRX} needs).
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
                awaitLatch(release);
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            long[] writerSession = {-1};
            Future<Integer> writer = pool.submit(() -> tx.execute(s -> {
                writerSession[0] = sessionId();
                return jdbc.update("update goal set progress = progress where id = ?", tree.company());
            }));

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                    .until(() -> writer.isDone() || waitsForALock(writerSession[0]));
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
        Rounds state = new Rounds();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> workers = List.of(
                    pool.submit(() -> lockRepeatedly(0, List.of(tree.leftLeaf(), tree.rightLeaf()), rounds, together,
                            state, failures)),
                    pool.submit(() -> lockRepeatedly(1, List.of(tree.rightLeaf(), tree.leftLeaf()), rounds, together,
                            state, failures)));
            for (Future<?> w : workers) {
                w.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("no deadlock, no lock wait timeout").isEmpty();
    }

    /**
     * Where each of the two workers is: the round its current transaction is in with its database session, and the
     * last round it committed.
     */
    private static final class Rounds {
        final AtomicLongArray round = new AtomicLongArray(new long[] {-1, -1});
        final AtomicLongArray session = new AtomicLongArray(new long[] {-1, -1});
        final AtomicLongArray committed = new AtomicLongArray(new long[] {-1, -1});
    }

    /**
     * Worker {@code me} locks the chains of {@code goalIds} and writes them, {@code rounds} times, starting each
     * round together with the other worker; holding its locks, it waits until the other worker's transaction of the
     * same round waits for one of them (or is committed already, when it got its locks first), so that every round
     * the two transactions really cross.
     */
    private void lockRepeatedly(int me, List<Long> goalIds, int rounds, CyclicBarrier together, Rounds state,
            ConcurrentLinkedQueue<Throwable> failures) {
        int other = 1 - me;
        for (int r = 0; r < rounds; r++) {
            int round = r;
            try {
                together.await(60, TimeUnit.SECONDS);
                tx.executeWithoutResult(s -> {
                    state.session.set(me, sessionId());
                    state.round.set(me, round);
                    store.lockChains(goalIds);
                    // what a check-in does next: write each goal and roll its chain up, locks held
                    for (long id : goalIds) {
                        jdbc.update("update goal set progress = progress where id = ?", id);
                    }
                    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                            .until(() -> state.committed.get(other) >= round || state.round.get(other) == round
                                    && waitsForALock(state.session.get(other)));
                });
                state.committed.set(me, round);
            } catch (Exception e) {
                state.committed.set(me, round); // the other worker does not wait for this one any longer
                failures.add(e);
            }
        }
    }

    private volatile Boolean h2;

    private boolean h2() {
        if (h2 == null) {
            h2 = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData()
                    .getDatabaseProductName().contains("H2")));
        }
        return h2;
    }

    /** The database session of the current transaction. */
    private long sessionId() {
        return jdbc.queryForObject(h2() ? "select session_id()" : "select connection_id()", Long.class);
    }

    /**
     * Whether the database shows this session waiting for a row lock now.
     * <ul>
     * <li>H2: the session has a blocker ({@code INFORMATION_SCHEMA.SESSIONS.BLOCKER_ID}), which is exactly a lock
     * wait.</li>
     * <li>MariaDB: InnoDB tells a session's lock wait only to users with PROCESS ({@code INNODB_TRX}, {@code SHOW
     * ENGINE INNODB STATUS}), and the process list names no lock-wait state for a row lock (a waiting update shows
     * “Updating”, a waiting {@code for update} “Statistics”). So two facts visible to any user are joined: the session
     * is in the middle of a locking statement on {@code goal} (its own connections are in
     * {@code INFORMATION_SCHEMA.PROCESSLIST} without PROCESS), and the server counts a row lock being waited for now
     * ({@code Innodb_row_lock_current_waits}, a global status any user may read). Our locks are held while we look,
     * and the statement can only be still running because of them; another client's wait on the same server could
     * make the second fact true a moment early, which only lets the holder go on sooner.</li>
     * </ul>
     */
    private boolean waitsForALock(long session) {
        if (session < 0) {
            return false;
        }
        if (h2()) {
            return jdbc.queryForObject("select count(*) from information_schema.sessions where session_id = ?"
                    + " and blocker_id is not null", Integer.class, session) > 0;
        }
        Integer running = jdbc.queryForObject("select count(*) from information_schema.processlist where id = ?"
                + " and command in ('Query', 'Execute') and (lower(info) like 'update goal %'"
                + " or lower(info) like 'select id from goal where id = % for update')", Integer.class, session);
        if (running == null || running == 0) {
            return false;
        }
        Long waits = jdbc.queryForObject("select cast(variable_value as unsigned) from information_schema.global_status"
                + " where variable_name = 'INNODB_ROW_LOCK_CURRENT_WAITS'", Long.class);
        return waits != null && waits > 0;
    }

    private GoalDetails active(GoalDetails g) {
        return goals.activate(g.id(), g.version());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
