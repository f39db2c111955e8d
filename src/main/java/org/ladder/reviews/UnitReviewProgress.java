package org.ladder.reviews;

import java.util.Map;

/** One unit's reviews in a round: how many, per step, and how many are late. {@code unitId} null: no unit. */
public record UnitReviewProgress(Long unitId, String unitName, int total, Map<ReviewStep, Integer> atStep, int late) {
}
