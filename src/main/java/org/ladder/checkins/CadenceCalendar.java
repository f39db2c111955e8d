package org.ladder.checkins;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The period rules of a cadence (pure, no state; ADR 0019):
 * <ul>
 * <li>Weekly periods run Monday to Sunday; two-week periods run from every other Monday, counted from Monday
 * 1 January 2024 (the same fortnights for everyone, whenever they started); monthly periods are calendar months.</li>
 * <li>A period opens on its first day at the organisation's start of day plus the person's offset, and ends when
 * the next one opens. The check-in is due on its last working day (Monday to Friday) at the due time; the reminder
 * comes on the working day before, at the start of day plus the offset. Only the opening/end and the reminder are
 * timer jobs, and the offset (0 up to the spread, fixed per person) spreads them so that 50,000 people's periods do
 * not all end in the same second.</li>
 * <li>The first period, and the first after a change of frequency, is the one containing the day, while that day
 * lies in the first half of it and before its reminder day; otherwise the one after.</li>
 * </ul>
 */
public final class CadenceCalendar {

    /** The Monday the two-week periods are counted from. */
    public static final LocalDate FORTNIGHT_ORIGIN = LocalDate.of(2024, 1, 1);

    private final ZoneId zone;
    private final LocalTime dayStart;
    private final LocalTime dueTime;
    private final int spreadMinutes;
    private final MonthDay yearEnd;

    public CadenceCalendar(ZoneId zone, LocalTime dayStart, LocalTime dueTime, int spreadMinutes, MonthDay yearEnd) {
        if (spreadMinutes < 1 || spreadMinutes > 24 * 60) {
            throw new IllegalArgumentException("The spread must be between 1 minute and a day: " + spreadMinutes);
        }
        this.zone = Objects.requireNonNull(zone);
        this.dayStart = Objects.requireNonNull(dayStart);
        this.dueTime = Objects.requireNonNull(dueTime);
        this.spreadMinutes = spreadMinutes;
        this.yearEnd = Objects.requireNonNull(yearEnd);
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The person's fixed offset in minutes, from 0 up to, not including, the spread: a mix of the id's bits, so that consecutive ids
     * (a unit imported in one go) land far apart.
     */
    public int offsetOf(long personId) {
        long h = personId * 0x9E3779B97F4A7C15L;
        h ^= (h >>> 32);
        return (int) Math.floorMod(h, (long) spreadMinutes);
    }

    /** The default end of a cadence started on {@code day}: the next end of the (cycle) year on or after it. */
    public LocalDate defaultEnd(LocalDate day) {
        LocalDate end = yearEnd.atYear(day.getYear());
        return end.isBefore(day) ? yearEnd.atYear(day.getYear() + 1) : end;
    }

    /** The period of {@code frequency} containing {@code day}. */
    public CadencePeriod containing(Frequency frequency, LocalDate day, int offsetMinutes) {
        LocalDate start = switch (frequency) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case EVERY_TWO_WEEKS -> FORTNIGHT_ORIGIN.plusDays(
                    Math.floorDiv(ChronoUnit.DAYS.between(FORTNIGHT_ORIGIN, day), 14) * 14);
            case MONTHLY -> day.withDayOfMonth(1);
        };
        LocalDate end = switch (frequency) {
            case WEEKLY -> start.plusWeeks(1);
            case EVERY_TWO_WEEKS -> start.plusWeeks(2);
            case MONTHLY -> start.plusMonths(1);
        };
        LocalDate dueDay = workingDayOnOrBefore(end.minusDays(1));
        LocalDate remindDay = workingDayOnOrBefore(dueDay.minusDays(1));
        return new CadencePeriod(frequency, start, end, at(start, offsetMinutes), at(remindDay, offsetMinutes),
                dueDay.atTime(dueTime).atZone(zone).toInstant(), at(end, offsetMinutes));
    }

    /**
     * The period to ask for from {@code day} on: the one containing it while the day lies in its first half and
     * before its reminder day, else the next one.
     */
    public CadencePeriod from(Frequency frequency, LocalDate day, int offsetMinutes) {
        CadencePeriod p = containing(frequency, day, offsetMinutes);
        long length = ChronoUnit.DAYS.between(p.start(), p.end());
        long into = ChronoUnit.DAYS.between(p.start(), day);
        LocalDate remindDay = p.remindAt().atZone(zone).toLocalDate();
        if (into * 2 < length && day.isBefore(remindDay)) {
            return p;
        }
        return containing(frequency, p.end(), offsetMinutes);
    }

    /** The first period of a cadence started at {@code now}. */
    public CadencePeriod first(Frequency frequency, Instant now, int offsetMinutes) {
        return from(frequency, now.atZone(zone).toLocalDate(), offsetMinutes);
    }

    /**
     * The period after one that ends on {@code previousEnd}, at the frequency in force now (which may have
     * changed); never one that began before today ({@code now}), so a long outage does not ask for past periods.
     */
    public CadencePeriod next(Frequency frequency, LocalDate previousEnd, Instant now, int offsetMinutes) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return from(frequency, previousEnd.isBefore(today) ? today : previousEnd, offsetMinutes);
    }

    /** Whether a cadence that ends on {@code endsOn} (inclusive) still asks for {@code period}. */
    public static boolean within(CadencePeriod period, LocalDate endsOn) {
        return !period.start().isAfter(endsOn);
    }

    private Instant at(LocalDate day, int offsetMinutes) {
        return day.atTime(dayStart).atZone(zone).plusMinutes(offsetMinutes).toInstant();
    }

    private static LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
