package org.ladder.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Scales: labels, the top and bottom halves, and both distributions summed from a rating grid. */
class RatingScaleTest {

    static final RatingScale FIVE = new RatingScale("Performance", List.of("a", "b", "c", "d", "e"));
    static final RatingScale FOUR = new RatingScale("Alignment", List.of("w", "x", "y", "z"));

    @Test
    void labelsNameTheirPoint() {
        assertThat(FIVE.points()).isEqualTo(5);
        assertThat(FIVE.label(4)).isEqualTo("4 — d");
        assertThat(FIVE.label(0)).isNull();
        assertThat(FIVE.label(6)).isNull();
        assertThat(FIVE.label(null)).isNull();
    }

    @Test
    void theMiddleOfAnOddScaleIsNeitherHighNorLow() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().filter(FIVE::isHigh)).containsExactly(4, 5);
        assertThat(List.of(1, 2, 3, 4, 5).stream().filter(FIVE::isLow)).containsExactly(1, 2);
        assertThat(List.of(1, 2, 3, 4).stream().filter(FOUR::isHigh)).containsExactly(3, 4);
        assertThat(List.of(1, 2, 3, 4).stream().filter(FOUR::isLow)).containsExactly(1, 2);
    }

    @Test
    void distributionsSumTheGridAndCountHighPerformanceLowAlignment() {
        RatingDistributions d = RatingDistributions.of(FIVE, FOUR, List.of(new Object[] {5, 1, 2L},
                new Object[] {4, 2, 1L}, new Object[] {3, 1, 4L}, new Object[] {4, 3, 1L}, new Object[] {9, 1, 7L}));
        assertThat(d.performance()).containsExactly(0, 0, 4, 2, 2);
        assertThat(d.alignment()).containsExactly(6, 1, 1, 0);
        assertThat(d.rated()).as("off-scale rows are left out").isEqualTo(8);
        assertThat(d.highPerformanceLowAlignment()).isEqualTo(3);
        assertThat(d.grid()[4][0]).isEqualTo(2);
    }
}
