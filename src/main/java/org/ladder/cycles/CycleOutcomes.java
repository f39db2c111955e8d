package org.ladder.cycles;

import java.util.List;

import org.ladder.reviews.RatingDistributions;

/**
 * What leadership revises from: the cycle's goal results per charter pillar, the alignment % (active personal and
 * unit goals that ladder up to a company goal), orphans (goals whose parent is closed), the pulse trend, the review
 * ratings and the learnings people wrote.
 */
public record CycleOutcomes(long cycleId, List<PillarResult> pillars, double alignmentPercent, long alignedGoals,
        long goals, long orphans, List<PulsePoint> pulse, RatingDistributions ratings, List<String> learnings) {

    public CycleOutcomes {
        pillars = List.copyOf(pillars);
        pulse = List.copyOf(pulse);
        learnings = List.copyOf(learnings);
    }

    /** A pillar's goals in the period: how many, achieved, abandoned, still open, and their mean progress (0..1). */
    public record PillarResult(String pillar, long goals, long achieved, long abandoned, long open,
            double meanProgress) {
    }

    /** The pulse of one period: mean answer (1..5) and how many answered. */
    public record PulsePoint(String period, double mean, long answers) {
    }
}
