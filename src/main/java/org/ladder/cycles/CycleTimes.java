package org.ladder.cycles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The moments of a cycle, from its dates in the organisation's zone: a deadline date means that day at
 * {@link #DUE_TIME}; a reminder comes {@link #REMIND_BEFORE} before (never before the task exists); HR is told
 * {@link #HR_AFTER} after a cascade task's due date.
 */
public record CycleTimes(Instant defineDue, Instant defineRemind, Instant cascadeDue, Instant reviewOpens,
        Instant reviewDue, Instant reviseDue, Instant reviseRemind, Instant closeDue) {

    public static final LocalTime DUE_TIME = LocalTime.of(17, 0);
    public static final LocalTime OPENING_TIME = LocalTime.of(8, 0);
    public static final Duration REMIND_BEFORE = Duration.ofDays(2);
    public static final Duration HR_AFTER = Duration.ofDays(3);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    public static CycleTimes of(PhaseDeadlines d, ZoneId zone, Instant now) {
        Instant define = due(d.defineBy(), zone);
        Instant revise = due(d.reviseBy(), zone);
        return new CycleTimes(define, remindBefore(define, now), due(d.cascadeBy(), zone),
                d.reviewStartsOn().atTime(OPENING_TIME).atZone(zone).toInstant(), due(d.reviewBy(), zone), revise,
                remindBefore(revise, now), due(d.closeBy(), zone));
    }

    /** A deadline date as a moment: that day at {@link #DUE_TIME}. */
    public static Instant due(LocalDate date, ZoneId zone) {
        return date.atTime(DUE_TIME).atZone(zone).toInstant();
    }

    /** {@link #REMIND_BEFORE} before {@code due}, but not before {@code now} (then halfway there). */
    public static Instant remindBefore(Instant due, Instant now) {
        Instant remind = due.minus(REMIND_BEFORE);
        if (!remind.isAfter(now)) {
            remind = due.isAfter(now) ? now.plus(Duration.between(now, due).dividedBy(2)) : now;
        }
        return remind;
    }

    /** The cascade due date of a unit or person whose turn comes on {@code start}: the rule's days, at most the cascade's. */
    public static LocalDate cascadeDue(LocalDate start, int days, LocalDate cascadeBy) {
        LocalDate due = start.plusDays(Math.max(1, days));
        return due.isAfter(cascadeBy) ? cascadeBy : due;
    }

    /** The engine's form of a moment (timer and due-date expressions read it). */
    public static String iso(Instant at) {
        return at == null ? null : ISO.format(at.atOffset(ZoneOffset.UTC));
    }
}
