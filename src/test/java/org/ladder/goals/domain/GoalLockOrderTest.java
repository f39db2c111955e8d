package org.ladder.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The order {@link GoalProgressStore#lockChains} takes its locks in: one global order (deepest first, then id),
 * whatever order the goals come in, so two check-ins with crossing chains never wait for each other in a cycle.
 */
class GoalLockOrderTest {

    // company 1; branches 2 and 3 below it; leaves 20 below 2 and 30 below 3; 4 directly below the company
    private static final String L20 = "/1/2/20/";
    private static final String L30 = "/1/3/30/";
    private static final String G4 = "/1/4/";

    @Test
    void crossingChainsAreLockedInTheSameOrderWhateverOrderTheGoalsCameIn() {
        List<Long> one = GoalProgressStore.lockOrder(List.of(L20, L30));
        List<Long> other = GoalProgressStore.lockOrder(List.of(L30, L20));

        assertThat(one).containsExactly(20L, 30L, 2L, 3L, 1L);
        assertThat(other).as("chain by chain would be 30, 3, 1, 20, 2: a cycle with the first").isEqualTo(one);
    }

    @Test
    void aShallowGoalOfOneCheckInWaitsUntilEveryDeeperGoalIsHeld() {
        // the benchmark's deadlock: one check-in had goal 4 (depth 1) and leaf 30 (depth 2); chain by chain it held
        // 4 and the company, then waited for 30 and 3, while another check-in held 30 and 3 and waited for the company
        assertThat(GoalProgressStore.lockOrder(List.of(G4, L30))).containsExactly(30L, 3L, 4L, 1L);
        assertThat(GoalProgressStore.lockOrder(List.of(L30))).containsExactly(30L, 3L, 1L);
    }

    @Test
    void everyGoalIsLockedOnceAtItsGreatestDepthAndAncestorsAfterTheirDescendants() {
        // goal 3 is on one path as a leaf's parent and given itself: locked once, after its child
        List<Long> order = GoalProgressStore.lockOrder(List.of("/1/3/", L30, L20, "/1/"));

        assertThat(order).containsExactly(20L, 30L, 2L, 3L, 1L).doesNotHaveDuplicates();
        for (String path : List.of(L20, L30, G4)) {
            List<Long> chain = GoalStore.idsOf(path);
            for (int i = 1; i < chain.size(); i++) {
                if (order.contains(chain.get(i))) {
                    assertThat(order.indexOf(chain.get(i))).as("%s before its parent", chain.get(i))
                            .isLessThan(order.indexOf(chain.get(i - 1)));
                }
            }
        }
    }

    @Test
    void noPathsNoLocks() {
        assertThat(GoalProgressStore.lockOrder(List.of())).isEmpty();
    }
}
