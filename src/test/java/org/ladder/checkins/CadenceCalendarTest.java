package org.ladder.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The period and due-date rules of a cadence. */
class CadenceCalendarTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    final CadenceCalendar calendar = new CadenceCalendar(ZONE, LocalTime.of(8, 0), LocalTime.of(17, 0), 480,
            MonthDay.of(12, 31));

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDate.of(y, m, d).atTime(h, min).atZone(ZONE).toInstant();
    }

    @Test
    void aWeekRunsMondayToSundayDueFridayAtFiveRemindedThursdayAndEndsWhenTheNextOpens() {
        CadencePeriod week = calendar.containing(Frequency.WEEKLY, LocalDate.of(2026, 12, 9), 90);

        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(week.opensAt()).isEqualTo(at(2026, 12, 7, 9, 30));
        assertThat(week.remindAt()).isEqualTo(at(2026, 12, 10, 9, 30));
        assertThat(week.dueAt()).as("the due time is the same for everyone").isEqualTo(at(2026, 12, 11, 17, 0));
        assertThat(week.endsAt()).isEqualTo(at(2026, 12, 14, 9, 30));
        assertThat(week.label()).isEqualTo("Week of 7 Dec 2026");
    }

    @Test
    void twoWeekPeriodsAreTheSameFortnightsForEveryone() {
        CadencePeriod a = calendar.containing(Frequency.EVERY_TWO_WEEKS, LocalDate.of(2026, 12, 9), 0);
        CadencePeriod b = calendar.containing(Frequency.EVERY_TWO_WEEKS, LocalDate.of(2026, 12, 1), 0);

        assertThat(a).isEqualTo(b);
        assertThat(a.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(a.end()).isEqualTo(a.start().plusWeeks(2));
        assertThat(calendar.containing(Frequency.EVERY_TWO_WEEKS, a.end(), 0).start()).isEqualTo(a.end());
    }

    @Test
    void aMonthIsDueOnItsLastWorkingDayAndRemindedTheWorkingDayBefore() {
        // January 2027 ends on a Sunday: due Friday the 29th, reminded Thursday the 28th
        CadencePeriod jan = calendar.containing(Frequency.MONTHLY, LocalDate.of(2027, 1, 15), 0);
        assertThat(jan.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(jan.dueAt()).isEqualTo(at(2027, 1, 29, 17, 0));
        assertThat(jan.remindAt()).isEqualTo(at(2027, 1, 28, 8, 0));
        assertThat(jan.label()).isEqualTo("January 2027");
        // March 2027 ends on a Wednesday: due that day, reminded the Tuesday
        CadencePeriod mar = calendar.containing(Frequency.MONTHLY, LocalDate.of(2027, 3, 2), 0);
        assertThat(mar.dueAt()).isEqualTo(at(2027, 3, 31, 17, 0));
        assertThat(mar.remindAt()).isEqualTo(at(2027, 3, 30, 8, 0));
    }

    @Test
    void startedEarlyInAPeriodItIsAskedForStartedLateTheNextOneIs() {
        assertThat(calendar.first(Frequency.WEEKLY, at(2026, 12, 9, 16, 0), 0).start())
                .as("Wednesday: this week").isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(calendar.first(Frequency.WEEKLY, at(2026, 12, 10, 7, 0), 0).start())
                .as("Thursday, the reminder day: next week").isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(calendar.first(Frequency.MONTHLY, at(2026, 12, 15, 12, 0), 0).start())
                .as("the 15th: this month").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(calendar.first(Frequency.MONTHLY, at(2026, 12, 17, 12, 0), 0).start())
                .as("the 17th of 31 days: next month").isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void theNextPeriodFollowsTheLastOneAndNeverLiesInThePast() {
        LocalDate end = LocalDate.of(2026, 12, 14);
        assertThat(calendar.next(Frequency.WEEKLY, end, at(2026, 12, 14, 8, 5), 0).start()).isEqualTo(end);
        assertThat(calendar.next(Frequency.MONTHLY, end, at(2026, 12, 14, 8, 5), 0).start())
                .as("changed to monthly mid-December: December").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(calendar.next(Frequency.WEEKLY, end, at(2027, 2, 3, 10, 0), 0).start())
                .as("after a long outage: this week, not the missed ones").isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aCadenceAsksForPeriodsThatBeginOnOrBeforeItsEnd() {
        CadencePeriod week = calendar.containing(Frequency.WEEKLY, LocalDate.of(2026, 12, 28), 0);
        assertThat(CadenceCalendar.within(week, LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(CadenceCalendar.within(week, LocalDate.of(2026, 12, 27))).isFalse();
        assertThat(calendar.defaultEnd(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void offsetsAreFixedPerPersonWithinTheSpreadAndSpreadEvenlyOverConsecutiveIds() {
        assertThat(calendar.offsetOf(42)).isEqualTo(calendar.offsetOf(42)).isBetween(0, 479);
        Map<Integer, Integer> perHour = new HashMap<>();
        for (long id = 1; id <= 50_000; id++) {
            perHour.merge(calendar.offsetOf(id) / 60, 1, Integer::sum);
        }
        assertThat(perHour).hasSize(8);
        assertThat(perHour.values()).as("each of the 8 hours gets about 6,250 of 50,000 people")
                .allSatisfy(n -> assertThat(n).isBetween(5_900, 6_600));
    }

    @Test
    void daylightSavingMovesNoMomentOffTheLocalClock() {
        // the week of 29 March 2027 begins on the first Monday of summer time
        CadencePeriod week = calendar.containing(Frequency.WEEKLY, LocalDate.of(2027, 3, 24), 0);
        assertThat(week.endsAt().atZone(ZONE).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(week.opensAt().atZone(ZONE).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void aSpreadOutsideADayIsRefused() {
        assertThatThrownBy(() -> new CadenceCalendar(ZONE, LocalTime.NOON, LocalTime.NOON, 0, MonthDay.of(12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
