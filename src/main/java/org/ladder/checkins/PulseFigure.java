package org.ladder.checkins;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The alignment pulse of one unit (with every unit below it) in one month, as the rule of ADR 0022 lets it be
 * shown: with its answer count, average (one decimal) and how many answered 1, 2, 3, 4 and 5 — or, when
 * {@link #hidden()} says why, with no figure at all (the count, average and distribution are then empty: they never
 * leave the service).
 *
 * @param unitId       the unit
 * @param unitName     its name
 * @param month        the month
 * @param hidden       why the figure is not shown, or null when it is
 * @param answers      the number of answers (0 when hidden)
 * @param average      the average score 1–5, rounded to one decimal (null when hidden)
 * @param distribution the answers per score 1..5 (empty when hidden)
 */
public record PulseFigure(long unitId, String unitName, YearMonth month, Hidden hidden, int answers,
        BigDecimal average, List<Integer> distribution) {

    /** Why a figure is not shown. */
    public enum Hidden {
        /** Fewer than 5 answers in this unit and the units below it (none at all included). */
        FEWER_THAN_FIVE,
        /** 5 or more answers, but shown next to the other figures they would reveal a group of fewer than 5. */
        PROTECTS_SMALLER_GROUP
    }

    public PulseFigure {
        distribution = List.copyOf(distribution);
    }

    public boolean shown() {
        return hidden == null;
    }

    /** The figure with its numbers removed. */
    static PulseFigure hidden(long unitId, String unitName, YearMonth month, Hidden why) {
        return new PulseFigure(unitId, unitName, month, why, 0, null, List.of());
    }
}
