package org.ladder.reviews;

/**
 * Both ratings of a round side by side: {@code performance[i]} people rated {@code i + 1} on the performance scale,
 * likewise alignment; {@code highPerformanceLowAlignment} counts people in the top half of performance and the bottom
 * half of alignment (great work on the wrong things), {@code rated} how many reviews carry both ratings.
 */
public record RatingDistributions(RatingScale performanceScale, RatingScale alignmentScale, int[] performance,
        int[] alignment, int highPerformanceLowAlignment, int rated) {
}
