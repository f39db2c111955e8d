package org.ladder.reviews;

/**
 * Both ratings of a round side by side: {@code performance[i]} people rated {@code i + 1} on the performance scale,
 * likewise alignment; {@code highPerformanceLowAlignment} counts people in the top half of performance and the bottom
 * half of alignment (great work on the wrong things), {@code rated} how many reviews carry both ratings;
 * {@code grid[p][a]} how many were rated {@code p + 1} for performance and {@code a + 1} for alignment.
 */
public record RatingDistributions(RatingScale performanceScale, RatingScale alignmentScale, int[] performance,
        int[] alignment, int highPerformanceLowAlignment, int rated, int[][] grid) {

    public RatingDistributions(RatingScale performanceScale, RatingScale alignmentScale, int[] performance,
            int[] alignment, int highPerformanceLowAlignment, int rated) {
        this(performanceScale, alignmentScale, performance, alignment, highPerformanceLowAlignment, rated,
                new int[performance.length][alignment.length]);
    }

    /** Sums a grid of (performance, alignment, count) rows into both distributions. */
    public static RatingDistributions of(RatingScale performanceScale, RatingScale alignmentScale,
            Iterable<Object[]> rows) {
        int p = performanceScale.points();
        int a = alignmentScale.points();
        int[][] grid = new int[p][a];
        int[] perf = new int[p];
        int[] align = new int[a];
        int hpla = 0;
        int rated = 0;
        for (Object[] row : rows) {
            int pr = ((Number) row[0]).intValue();
            int ar = ((Number) row[1]).intValue();
            int n = ((Number) row[2]).intValue();
            if (pr < 1 || pr > p || ar < 1 || ar > a) {
                continue;
            }
            grid[pr - 1][ar - 1] += n;
            perf[pr - 1] += n;
            align[ar - 1] += n;
            rated += n;
            if (performanceScale.isHigh(pr) && alignmentScale.isLow(ar)) {
                hpla += n;
            }
        }
        return new RatingDistributions(performanceScale, alignmentScale, perf, align, hpla, rated, grid);
    }
}
