package org.ladder.cycles;

import org.ladder.checkins.Frequency;

/**
 * Which row of the {@code cycle-rules} decision table applied to a unit, and what it set: the unit's check-in
 * cadence, the days its head has to set the unit's goals from when the unit's turn comes, and the days its people
 * then have for their personal goals.
 */
public record RuleApplied(int row, String label, Frequency frequency, int unitGoalsDays, int personalGoalsDays) {
}
