package org.ladder.reviews.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.charts.SvgChart;
import org.ladder.reviews.RatingDistributions;
import org.ladder.reviews.RatingScale;

import com.vaadin.flow.component.Html;

/** The review charts say in words what they draw, and their figures add up. */
class ReviewChartsTest {

    static final RatingScale PERFORMANCE = new RatingScale("Performance", List.of("Well below", "Below", "Meets",
            "Exceeds", "Far exceeds"));
    static final RatingScale ALIGNMENT = new RatingScale("Alignment", List.of("Off course", "Partly", "Aligned",
            "Fully aligned"));

    @Test
    void aDistributionNamesEveryPointWithItsCount() {
        SvgChart chart = ReviewCharts.distribution("Performance", PERFORMANCE, new int[] {0, 1, 3, 2, 0},
                "Core Services", "p");
        assertThat(chart.label()).isEqualTo("Performance ratings of 6 people in Core Services, on the 5-point scale "
                + "“Performance”: 1 — Well below: 0, 2 — Below: 1, 3 — Meets: 3, 4 — Exceeds: 2, 5 — Far exceeds: 0.");
        String figures = chart.getChildren().filter(Html.class::isInstance).map(c -> ((Html) c).getInnerHtml())
                .findFirst().orElseThrow();
        assertThat(figures).contains("<th scope=\"row\">3 — Meets</th><td>3</td><td>50%</td>");
    }

    @Test
    void anEmptyDistributionSaysSo() {
        assertThat(ReviewCharts.distribution("Alignment", ALIGNMENT, new int[4], "Platform", "a").label())
                .isEqualTo("Alignment ratings of 0 people in Platform: none yet.");
    }

    @Test
    void theTwoByTwoCountsEveryoneOnceAndNamesEachQuadrantWithItsShare() {
        int[][] grid = new int[5][4];
        grid[4][0] = 1; // outstanding work, off course
        grid[3][1] = 1; // exceeds, partly aligned
        grid[3][3] = 3;
        grid[2][0] = 2; // meets, off course
        grid[2][2] = 2;
        grid[0][3] = 1;
        RatingDistributions d = new RatingDistributions(PERFORMANCE, ALIGNMENT, new int[5], new int[4], 2, 10, grid);
        ReviewCharts.Quadrants q = ReviewCharts.Quadrants.of(d);
        assertThat(q.highPerformanceLowAlignment()).isEqualTo(d.highPerformanceLowAlignment());
        assertThat(q.total()).isEqualTo(10);
        SvgChart chart = ReviewCharts.quadrants(q, "everyone");
        assertThat(chart.label()).isEqualTo("Performance against alignment for 10 people in everyone (high "
                + "performance is 4–5 of 5, low alignment 1–2 of 4): high performance with low alignment 2 (20%), "
                + "high performance and aligned 3 (30%), other performance with low alignment 2 (20%), other "
                + "performance and aligned 3 (30%).");
    }

    @Test
    void aPointKeepsALabelThatStartsWithItsNumber() {
        RatingScale numbered = new RatingScale("x", List.of("1 — Low", "2 — High"));
        assertThat(ReviewCharts.point(numbered, 2)).isEqualTo("2 — High");
        assertThat(ReviewCharts.point(PERFORMANCE, 4)).isEqualTo("4 — Exceeds");
    }
}
