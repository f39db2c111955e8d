package org.ladder.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A new goal's default period: the current quarter (or the next, late in a quarter), never "at risk" on day one. */
class GoalPeriodsTest {

    @Test
    void aNewGoalRunsToTheEndOfThisQuarter() {
        assertThat(GoalPeriods.forNewGoal(LocalDate.of(2026, 11, 10)))
                .isEqualTo(new GoalPeriods.Period(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 31)));
        assertThat(GoalPeriods.forNewGoal(LocalDate.of(2027, 1, 1)))
                .isEqualTo(new GoalPeriods.Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void inAQuartersLastMonthItIsTheNextQuarter() {
        assertThat(GoalPeriods.forNewGoal(LocalDate.of(2026, 12, 1)))
                .isEqualTo(new GoalPeriods.Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertThat(GoalPeriods.forNewGoal(LocalDate.of(2026, 6, 30)))
                .isEqualTo(new GoalPeriods.Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void aGoalApprovedInDecemberIsNotAtRiskTheSameDay() {
        LocalDate december = LocalDate.of(2026, 12, 15);
        GoalPeriods.Period p = GoalPeriods.forNewGoal(december);
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 0, p.start(), p.end(), december)).isFalse();
        // nor on any other day of the year, nor in the weeks after it was approved
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            GoalPeriods.Period d = GoalPeriods.forNewGoal(day);
            assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 0, d.start(), d.end(), day)).as("approved on %s", day)
                    .isFalse();
            assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 0, d.start(), d.end(), day.plusDays(7)))
                    .as("a week after %s", day).isFalse();
        }
    }

    @Test
    void quartersAreCalendarQuarters() {
        assertThat(GoalPeriods.quarterStart(LocalDate.of(2026, 8, 17))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(GoalPeriods.quarterEnd(LocalDate.of(2026, 8, 17))).isEqualTo(LocalDate.of(2026, 9, 30));
    }
}
