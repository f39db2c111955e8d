package org.ladder.cycles;

import java.util.List;

import org.ladder.checkins.Frequency;

/**
 * A cycle with everything its page shows at the top: the summary, each phase's deadline and progress, the cadence
 * (null: per unit from the rules), the review template, the charter version it started from and, once revised, the
 * strategy decision and the next charter version; the actions the caller may take now.
 */
public record CycleDetails(CycleSummary summary, PhaseDeadlines deadlines, Frequency frequency, long reviewTemplateId,
        Long charterVersionId, String strategyDecision, Long nextCharterVersionId, int units, int people,
        List<PhaseProgress> phases, Actions actions, long version) {

    /** What the caller may do with the cycle now. */
    public record Actions(boolean pause, boolean resume, boolean cancel, boolean retryIncidents) {
    }
}
