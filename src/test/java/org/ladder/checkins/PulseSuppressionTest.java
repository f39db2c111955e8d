package org.ladder.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ladder.checkins.PulseSuppression.Cell;
import org.ladder.checkins.PulseSuppression.Month;
import org.ladder.checkins.PulseSuppression.Tally;

/**
 * The anonymity rule of the pulse: no figure for fewer than 5 answers, and no unit's figure minus the figures of the
 * units below it (one, several or all of them) ever describes 1 to 4 answers.
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

    private static int shown(Month month, long unit) {
        Cell cell = month.cells().get(unit);
        assertThat(cell.shown()).as("unit " + unit + " shown").isTrue();
        return cell.tally().answers();
    }

    @Test
    void aGroupOfFiveIsShownAndAGroupOfFourIsNot() {
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 1}});
        Month month = rule.decide(parents, Map.of(1L, answers(6), 2L, answers(5), 3L, answers(4)));

        assertThat(shown(month, 2)).isEqualTo(5);
        assertThat(month.cells().get(3L).shown()).isFalse();
        assertThat(shown(month, 1)).isEqualTo(15);
        assertThat(month.cells().get(1L).leftOut()).isFalse();
        assertNoSmallRemainder(parents, month);
    }

    @Test
    void aUnitWithNoAnswersAtAllShowsNothing() {
        Month month = rule.decide(tree(new long[][] {{1}, {2, 1}}), Map.of());
        assertThat(month.cells().values()).noneMatch(Cell::shown);
    }

    @Test
    void aUnitOfSevenWhoseSubUnitShowsFiveLeavesTheOtherTwoOutSoThatTheyCannotBeWorkedOut() {
        // division 2: 2 answers of its own and team 3 with 5; the company has 20 of its own
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 2}});
        Month month = rule.decide(parents, Map.of(1L, answers(20), 2L, answers(2), 3L, answers(5)));

        assertThat(shown(month, 3)).isEqualTo(5);
        assertThat(shown(month, 2)).as("7 − 5 would reveal the division's own 2").isEqualTo(5);
        assertThat(month.cells().get(2L).leftOut()).isTrue();
        assertThat(shown(month, 1)).as("the company counts them with its own 20").isEqualTo(27);
        assertThat(month.countedAt()).containsEntry(2L, 1L).containsEntry(3L, 3L).containsEntry(1L, 1L);
        assertNoSmallRemainder(parents, month);
    }

    @Test
    void aTeamOfFourBesideATeamOfFiveStaysOutOfTheCompanyFigure() {
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 1}});
        Month month = rule.decide(parents, Map.of(2L, answers(5), 3L, answers(4)));

        assertThat(shown(month, 1)).isEqualTo(5);
        assertThat(month.cells().get(1L).leftOut()).isTrue();
        assertThat(shown(month, 2)).isEqualTo(5);
        assertThat(month.cells().get(3L).shown()).isFalse();
        assertThat(month.countedAt()).doesNotContainKey(3L);
    }

    @Test
    void severalSubUnitsTogetherCannotRevealTheRestEither() {
        // 12 = 6 + 5 + 1: each pair differs by 5 or more, but 12 − 6 − 5 = 1
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 2}, {4, 2}});
        Month month = rule.decide(parents, Map.of(1L, answers(10), 2L, answers(1), 3L, answers(6), 4L, answers(5)));

        assertThat(shown(month, 2)).isEqualTo(11);
        assertThat(shown(month, 3)).isEqualTo(6);
        assertThat(shown(month, 4)).isEqualTo(5);
        assertThat(shown(month, 1)).isEqualTo(22);
        assertNoSmallRemainder(parents, month);
    }

    @Test
    void smallGroupsAddUpToAGroupOfFiveThatCounts() {
        // a department's head (1) and two small teams (2 and 3) are 6 together: they count in the department
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}, {3, 1}, {4, 1}});
        Month month = rule.decide(parents, Map.of(1L, answers(1), 2L, answers(2), 3L, answers(3), 4L, answers(7)));

        assertThat(shown(month, 1)).isEqualTo(13);
        assertThat(month.cells().get(1L).leftOut()).isFalse();
        assertThat(month.cells().get(2L).shown()).isFalse();
        assertThat(month.cells().get(3L).shown()).isFalse();
        assertNoSmallRemainder(parents, month);
    }

    @Test
    void theDistributionRollsUpWithTheCount() {
        Map<Long, Long> parents = tree(new long[][] {{1}, {2, 1}});
        Month month = rule.decide(parents, Map.of(1L, new Tally(5, new int[] {1, 0, 0, 0, 4}),
                2L, new Tally(5, new int[] {0, 1, 2, 2, 0})));
        assertThat(month.cells().get(1L).tally().byScore()).containsExactly(1, 1, 2, 2, 4);
        assertThat(month.cells().get(1L).tally().scoreSum()).isEqualTo(1 + 2 + 6 + 8 + 20);
    }

    @Test
    void randomTreesNeverLeaveARemainderOfOneToFourAndShowEveryGroupOfFive() {
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            Map<Long, Long> parents = new HashMap<>();
            Map<Long, Tally> own = new HashMap<>();
            int size = 1 + random.nextInt(25);
            for (long u = 1; u <= size; u++) {
                parents.put(u, u == 1 ? null : 1 + (long) random.nextInt((int) u - 1));
                if (random.nextInt(3) > 0) {
                    own.put(u, answers(random.nextInt(9)));
                }
            }
            Month month = rule.decide(parents, own);
            assertNoSmallRemainder(parents, month);
            for (long u : parents.keySet()) {
                int all = totalBelow(u, parents, own);
                Cell cell = month.cells().get(u);
                assertThat(cell.shown()).as("unit %d with %d answers", u, all).isEqualTo(all >= 5);
                if (cell.shown()) {
                    // at most 4 answers left out, and the figure is exactly the answers counted at or below it
                    assertThat(all - cell.tally().answers()).isBetween(0, 4);
                    int counted = month.countedAt().entrySet().stream()
                            .filter(e -> isAtOrBelow(e.getValue(), u, parents))
                            .mapToInt(e -> own.get(e.getKey()).answers()).sum();
                    assertThat(counted).isEqualTo(cell.tally().answers());
                }
            }
        }
    }

    /**
     * Every shown unit minus the shown units right below it leaves 0 or at least 5 answers (hidden units have no
     * shown units below them): then every combination of shown figures describes 0 or at least 5 answers.
     */
    private static void assertNoSmallRemainder(Map<Long, Long> parents, Month month) {
        for (Cell cell : month.cells().values()) {
            if (!cell.shown()) {
                continue;
            }
            int below = parents.entrySet().stream()
                    .filter(e -> Long.valueOf(cell.unitId()).equals(e.getValue()))
                    .map(e -> month.cells().get(e.getKey())).filter(Cell::shown)
                    .mapToInt(c -> c.tally().answers()).sum();
            int rest = cell.tally().answers() - below;
            assertThat(rest == 0 || rest >= 5).as("remainder of unit " + cell.unitId() + ": " + rest).isTrue();
        }
        for (Cell cell : month.cells().values()) {
            if (!cell.shown()) {
                for (Cell other : month.cells().values()) {
                    if (other.shown() && isAtOrBelow(other.unitId(), cell.unitId(), parents)) {
                        throw new AssertionError("hidden unit " + cell.unitId() + " has a shown unit below it");
                    }
                }
            }
        }
    }

    private static int totalBelow(long unit, Map<Long, Long> parents, Map<Long, Tally> own) {
        int sum = 0;
        for (long u : parents.keySet()) {
            if (isAtOrBelow(u, unit, parents) && own.containsKey(u)) {
                sum += own.get(u).answers();
            }
        }
        return sum;
    }

    private static boolean isAtOrBelow(long unit, long ancestor, Map<Long, Long> parents) {
        Long at = unit;
        while (at != null) {
            if (at == ancestor) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }
}
