package org.ladder.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** "At risk" also uses the confidence of the owner's latest check-in. */
class GoalConfidenceTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final LocalDate EARLY = LocalDate.of(2026, 10, 10);

    @Test
    void aGoalRatedAtRiskOrOffTrackIsAtRiskWhateverItsProgress() {
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 90, START, END, null, EARLY)).isFalse();
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 90, START, END, Confidence.ON_TRACK, EARLY)).isFalse();
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 90, START, END, Confidence.AT_RISK, EARLY)).isTrue();
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 90, START, END, Confidence.OFF_TRACK, EARLY)).isTrue();
    }

    @Test
    void onTrackDoesNotHideProgressFarBehindItsPeriodAndClosedGoalsAreNeverAtRisk() {
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 0, START, END, Confidence.ON_TRACK, LocalDate.of(2026, 12, 1)))
                .isTrue();
        assertThat(GoalRows.atRisk(GoalStatus.ACHIEVED, 50, START, END, Confidence.OFF_TRACK, EARLY)).isFalse();
    }
}
