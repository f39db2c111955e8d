package org.ladder.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ladder.checkins.PulseSuppression.Cell;
import org.ladder.checkins.PulseSuppression.Hidden;
import org.ladder.checkins.PulseSuppression.Tally;

/**
 * The anonymity rule of the pulse: no figure for fewer than 5 answers, and no pair or set of shown figures whose
 * difference describes 1 to 4 answers.
 */
class PulseSuppressionTest {

    private final PulseSuppression rule = new PulseSuppression(5);

    /** A tally of {@code n} answers, all with score 4. */
    private static Tally answers(int n) {
        return new Tally(n, new int[] {0, 0, 0, n, 0});
    }

    private static Map<Long, Long> tree(long[][] links) {
        Map<Long, Long> parents = new HashMap<>();
        for (long[] link : links) {
            parents.put(link[0], link.length > 1 ? link[1] : null);
        }
        return parents;
    }

    @Test
    void aGroupOfFiveIsShownAndAGroupOfFourIsNot() {
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 1}});
        Map<Long, Cell> cells = rule.decide(parents, Map.of(1L, answers(6), 2L, answers(5), 3L, answers(4)));

        assertThat(cells.get(2L).shown()).isTrue();
        assertThat(cells.get(2L).tally().answers()).isEqualTo(5);
        assertThat(cells.get(3L).hidden()).isEqualTo(Hidden.FEWER_THAN_MINIMUM);
        assertThat(cells.get(1L).shown()).isTrue();
        assertThat(cells.get(1L).tally().answers()).isEqualTo(15);
        assertNoSmallRemainder(parents, cells);
    }

    @Test
    void aTeamOfFiveBesideATeamOfFourGivesWaySoThatTheFourStayHidden() {
        // company 9 = team 2 (5) + team 3 (4): showing both 9 and 5 would reveal team 3's 4 answers
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 1}});
        Map<Long, Cell> cells = rule.decide(parents, Map.of(2L, answers(5), 3L, answers(4)));

        assertThat(cells.get(1L).shown()).isTrue();
        assertThat(cells.get(2L).hidden()).isEqualTo(Hidden.PROTECTS_SMALLER_GROUP);
        assertThat(cells.get(3L).hidden()).isEqualTo(Hidden.FEWER_THAN_MINIMUM);
    }

    @Test
    void aUnitWithNoAnswersAtAllShowsNothing() {
        Map<Long, Cell> cells = rule.decide(tree(new long[][] {{1}, {2, 1}}), Map.of());
        assertThat(cells.get(1L).hidden()).isEqualTo(Hidden.FEWER_THAN_MINIMUM);
        assertThat(cells.get(2L).hidden()).isEqualTo(Hidden.FEWER_THAN_MINIMUM);
    }

    @Test
    void aSubUnitOfFiveInAUnitOfSevenIsNotShownBesideIt() {
        // division 2 (7 answers: 2 of its own, 5 in team 3) under company 1 (which has 20 of its own)
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 2}});
        Map<Long, Cell> cells = rule.decide(parents, Map.of(1L, answers(20), 2L, answers(2), 3L, answers(5)));

        assertThat(cells.get(3L).shown()).isTrue();
        assertThat(cells.get(2L).hidden()).as("7 − 5 would reveal the division's own 2 answers")
                .isEqualTo(Hidden.PROTECTS_SMALLER_GROUP);
        assertThat(cells.get(1L).shown()).isTrue();
        assertNoSmallRemainder(parents, cells);
    }

    @Test
    void theTopUnitKeepsItsFigureAndTheSmallestSubUnitGivesWay() {
        // company with 1 answer of its own (the CEO), divisions of 6 and 9
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 1}});
        Map<Long, Cell> cells = rule.decide(parents, Map.of(1L, answers(1), 2L, answers(6), 3L, answers(9)));

        assertThat(cells.get(1L).shown()).isTrue();
        assertThat(cells.get(1L).tally().answers()).isEqualTo(16);
        assertThat(cells.get(2L).hidden()).isEqualTo(Hidden.PROTECTS_SMALLER_GROUP);
        assertThat(cells.get(3L).shown()).isTrue();
        assertNoSmallRemainder(parents, cells);
    }

    @Test
    void severalSubUnitsTogetherCannotRevealTheRestEither() {
        // 12 = 6 + 5 + 1: each pair differs by 5 or more, but 12 − 6 − 5 = 1
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 2}, {4, 2}});
        Map<Long, Cell> cells = rule.decide(parents,
                Map.of(1L, answers(10), 2L, answers(1), 3L, answers(6), 4L, answers(5)));

        assertThat(cells.get(2L).shown()).isFalse();
        assertThat(cells.get(3L).shown()).isTrue();
        assertThat(cells.get(4L).shown()).isTrue();
        assertNoSmallRemainder(parents, cells);
    }

    @Test
    void aUnitFullyCoveredByItsSubUnitsIsShownWithThem() {
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 1}});
        Map<Long, Cell> cells = rule.decide(parents, Map.of(2L, answers(5), 3L, answers(7)));
        assertThat(cells.values()).allMatch(Cell::shown);
    }

    @Test
    void theTopGoesDeeperWhenTheUnitRightBelowHasNothingOfItsOwn() {
        // company 1 answer; division 2 has none of its own (its figure is its teams' 5 + 8): hiding the division
        // alone would change nothing, so the rule hides the smaller team below it
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 2}, {4, 2}});
        Map<Long, Cell> cells = rule.decide(parents, Map.of(1L, answers(1), 3L, answers(5), 4L, answers(8)));

        assertThat(cells.get(1L).shown()).isTrue();
        assertThat(cells.get(3L).shown()).isFalse();
        assertNoSmallRemainder(parents, cells);
    }

    @Test
    void theDistributionRollsUpWithTheCount() {
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}});
        Map<Long, Cell> cells = rule.decide(parents, Map.of(1L, new Tally(2, new int[] {1, 0, 0, 0, 1}),
                2L, new Tally(5, new int[] {0, 1, 2, 2, 0})));
        assertThat(cells.get(1L).tally().byScore()).containsExactly(1, 1, 2, 2, 1);
        assertThat(cells.get(1L).tally().scoreSum()).isEqualTo(1 + 2 + 6 + 8 + 5);
    }

    @Test
    void randomTreesNeverLeaveARemainderOfOneToFour() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            Map<Long, Long> parents = new HashMap<>();
            Map<Long, Tally> own = new HashMap<>();
            int size = 1 + random.nextInt(25);
            for (long u = 1; u <= size; u++) {
                parents.put(u, u == 1 ? null : 1 + (long) random.nextInt((int) u - 1));
                if (random.nextInt(3) > 0) {
                    own.put(u, answers(random.nextInt(9)));
                }
            }
            Map<Long, Cell> cells = rule.decide(parents, own);
            assertNoSmallRemainder(parents, cells);
            cells.values().stream().filter(Cell::shown).forEach(c -> assertThat(c.tally().answers()).isGreaterThan(4));
            // the top keeps its figure whenever it has 5 answers or more
            if (cells.get(1L).tally().answers() >= 5) {
                assertThat(cells.get(1L).shown()).isTrue();
            }
        }
    }

    /**
     * Every shown unit minus the nearest shown units below it leaves 0 or at least 5 answers: then every
     * combination of shown figures describes 0 or at least 5 answers (the remainders are what can be worked out).
     */
    private static void assertNoSmallRemainder(Map<Long, Long> parents, Map<Long, Cell> cells) {
        for (Cell cell : cells.values()) {
            if (!cell.shown()) {
                continue;
            }
            int covered = nearestShownBelow(cell.unitId(), parents, cells).stream()
                    .mapToInt(u -> cells.get(u).tally().answers()).sum();
            int rest = cell.tally().answers() - covered;
            assertThat(rest == 0 || rest >= 5).as("remainder of unit " + cell.unitId() + ": " + rest).isTrue();
        }
    }

    private static List<Long> nearestShownBelow(long unit, Map<Long, Long> parents, Map<Long, Cell> cells) {
        List<Long> out = new ArrayList<>();
        parents.forEach((child, parent) -> {
            if (parent != null && parent == unit) {
                if (cells.get(child).shown()) {
                    out.add(child);
                } else {
                    out.addAll(nearestShownBelow(child, parents, cells));
                }
            }
        });
        return out;
    }
}
