package org.ladder.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ladder.support.GoalFixtures.numeric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.Reconciliation;
import org.ladder.people.PeopleService;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Many people recording progress at the same moment on sibling and cousin goals: every roll-up ends right (no
 * update lost to a stale average), every save succeeds (a lost deadlock is retried), and the reconciliation finds
 * no drift anywhere.
 */
@LadderIntegrationTest
class ProgressRollUpConcurrencyTest {

    private static final int BRANCHES = 2;
    private static final int LEAVES_PER_BRANCH = 4;
    private static final int UPDATES_PER_LEAF = 12;

    @Autowired
    GoalPlanning goals;
    @Autowired
    GoalQueries queries;
    @Autowired
    GoalProgressReconciliation reconciliation;
    @Autowired
    GoalFixtures fixtures;
    @Autowired
    PeopleService people;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void concurrentProgressOnSiblingAndCousinGoalsLosesNothing() throws Exception {
        GoalDetails company = fixtures.activeCompanyGoal("Concurrent roll-up company goal");
        List<Long> units = people.unitChain(fixtures.teamUnitId());
        signedIn.as("hr");
        List<GoalDetails> branches = new ArrayList<>();
        List<GoalDetails> leaves = new ArrayList<>();
        for (int b = 0; b < BRANCHES; b++) {
            GoalDetails branch = active(goals.create(GoalFixtures.unit("Concurrent branch " + b, units.get(1),
                    company.id())));
            branches.add(branch);
            for (int l = 0; l < LEAVES_PER_BRANCH; l++) {
                leaves.add(active(goals.create(GoalFixtures.unit("Concurrent leaf " + b + "." + l, units.get(0),
                        branch.id(), numeric("Done", 0, 1000, 0, 100)))));
            }
        }

        CyclicBarrier start = new CyclicBarrier(leaves.size());
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(leaves.size());
        List<Future<BigDecimal>> last = new ArrayList<>();
        try {
            for (int i = 0; i < leaves.size(); i++) {
                GoalDetails leaf = leaves.get(i);
                Random random = new Random(i);
                last.add(pool.submit(() -> {
                    signedIn.as("hr");
                    long krId = leaf.keyResults().get(0).id();
                    BigDecimal value = BigDecimal.ZERO;
                    start.await(60, TimeUnit.SECONDS);
                    for (int u = 0; u < UPDATES_PER_LEAF; u++) {
                        value = BigDecimal.valueOf(1 + random.nextInt(999));
                        try {
                            goals.updateProgress(leaf.id(), queries.goal(leaf.id()).version(), Map.of(krId, value),
                                    null);
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    signedIn.nobody();
                    return value;
                }));
            }
            for (Future<BigDecimal> f : last) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).as("every save succeeds; a lost deadlock is retried").isEmpty();
        signedIn.as("hr");
        double companySum = 0;
        for (int b = 0; b < BRANCHES; b++) {
            double branchSum = 0;
            for (int l = 0; l < LEAVES_PER_BRANCH; l++) {
                int i = b * LEAVES_PER_BRANCH + l;
                double expected = last.get(i).get().doubleValue() / 10;
                assertThat(queries.goal(leaves.get(i).id()).progress()).isEqualTo(expected);
                branchSum += expected;
            }
            double branchExpected = Math.round(branchSum / LEAVES_PER_BRANCH * 100) / 100.0;
            assertThat(queries.goal(branches.get(b).id()).progress()).as("branch %d", b).isEqualTo(branchExpected);
            companySum += branchExpected;
        }
        assertThat(queries.goal(company.id()).progress())
                .isEqualTo(Math.round(companySum / BRANCHES * 100) / 100.0);

        signedIn.as("admin");
        Reconciliation.Report report = reconciliation.run();
        assertThat(report.checked()).isGreaterThanOrEqualTo(1 + BRANCHES + leaves.size());
        assertThat(report.drift()).isEmpty();
    }

    @Test
    void onlyAdminsRunTheReconciliation() {
        signedIn.as("hr");
        assertThatThrownBy(() -> reconciliation.run()).isInstanceOf(AccessDeniedException.class);
    }

    private GoalDetails active(GoalDetails g) {
        return goals.activate(g.id(), g.version());
    }
}
