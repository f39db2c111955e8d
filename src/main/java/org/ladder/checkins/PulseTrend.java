package org.ladder.checkins;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The alignment pulse of a unit (with the units below it) per month over a range, oldest month first. Months that
 * have not ended yet are not part of any range: a month's figures show once it is over, so that they cannot change
 * while someone watches (ADR 0022).
 */
public record PulseTrend(long unitId, String unitName, YearMonth from, YearMonth to, List<PulseFigure> months) {

    public PulseTrend {
        months = List.copyOf(months);
    }

    /** The newest month with a figure shown, if any. */
    public Optional<PulseFigure> latestShown() {
        for (int i = months.size() - 1; i >= 0; i--) {
            if (months.get(i).shown()) {
                return Optional.of(months.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean anyShown() {
        return months.stream().anyMatch(PulseFigure::shown);
    }
}
