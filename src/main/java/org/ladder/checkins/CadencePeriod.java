package org.ladder.checkins;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One period of a person's cadence: the days it covers ({@code start} inclusive, {@code end} exclusive) and its
 * moments. The check-in task opens at {@code opensAt}, the person is reminded at {@code remindAt}, the check-in is
 * due at {@code dueAt}, and the period ends (missed when nobody checked in) at {@code endsAt}, which is when the next
 * period opens.
 */
public record CadencePeriod(Frequency frequency, LocalDate start, LocalDate end, Instant opensAt, Instant remindAt,
        Instant dueAt, Instant endsAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** “Week of 7 Dec 2026”, “Two weeks from 7 Dec 2026”, “December 2026”: the task's description. */
    public String label() {
        return switch (frequency) {
            case WEEKLY -> "Week of " + DAY.format(start);
            case EVERY_TWO_WEEKS -> "Two weeks from " + DAY.format(start);
            case MONTHLY -> MONTH.format(start);
        };
    }
}
