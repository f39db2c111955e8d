package org.ladder.goals;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The periods goals are planned for. A new goal runs for the rest of the current quarter, or for the next quarter
 * when the current one is in its last month: a goal planned (and approved) today is never behind its period on
 * day one, whatever the day.
 */
public final class GoalPeriods {

    private GoalPeriods() {
    }

    /** A period from {@code start} to {@code end}, both inclusive. */
    public record Period(LocalDate start, LocalDate end) {
    }

    /** The first day of the quarter {@code day} falls in. */
    public static LocalDate quarterStart(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    /** The last day of the quarter {@code day} falls in. */
    public static LocalDate quarterEnd(LocalDate day) {
        return quarterStart(day).plusMonths(3).minusDays(1);
    }

    /** A new goal's period: today to the end of this quarter; in a quarter's last month, the whole next quarter. */
    public static Period forNewGoal(LocalDate today) {
        LocalDate end = quarterEnd(today);
        if (!today.isBefore(end.withDayOfMonth(1))) {
            LocalDate next = end.plusDays(1);
            return new Period(next, quarterEnd(next));
        }
        return new Period(today, end);
    }
}
