package org.ladder.reviews;

import java.util.Map;

/** A round's progress: reviews per step, how many are late, and whether all are done (or ended). */
public record ReviewRoundProgress(String roundKey, int total, Map<ReviewStep, Integer> atStep, int late) {

    public boolean complete() {
        return total > 0 && atStep.getOrDefault(ReviewStep.DONE, 0) + atStep.getOrDefault(ReviewStep.ENDED, 0) == total;
    }
}
