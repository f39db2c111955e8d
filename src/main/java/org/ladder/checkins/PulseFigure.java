package org.ladder.checkins;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The alignment pulse of one unit (with every unit below it) in one month, as the rule of ADR 0022 lets it be
 * shown: with its answer count, average (one decimal) and how many answered 1, 2, 3, 4 and 5 — or, when
 * {@link #hidden()} says why, with no figure at all (the count, average and distribution are then empty: they never
 * leave the service). A figure may leave out a few answers (fewer than 5, {@link #leftOut()}) that would single out
 * a small group beside the units below; those count in a unit further up.
 *
 * @param unitId       the unit
 * @param unitName     its name
 * @param month        the month
 * @param hidden       why the figure is not shown, or null when it is
 * @param answers      the number of answers (0 when hidden)
 * @param average      the average score 1–5, rounded to one decimal (null when hidden)
 * @param distribution the answers per score 1..5 (empty when hidden)
 * @param leftOut      whether the figure leaves out answers (fewer than 5) that count only in a unit above
 */
public record PulseFigure(long unitId, String unitName, YearMonth month, Hidden hidden, int answers,
        BigDecimal average, List<Integer> distribution, boolean leftOut) {

    /** Why a figure is not shown. */
    public enum Hidden {
        /** Fewer than 5 answers in this unit and the units below it (none at all included). */
        FEWER_THAN_FIVE
    }

    public PulseFigure {
        distribution = List.copyOf(distribution);
    }

    public boolean shown() {
        return hidden == null;
    }

    /** The figure with its numbers removed. */
    static PulseFigure hidden(long unitId, String unitName, YearMonth month, Hidden why) {
        return new PulseFigure(unitId, unitName, month, why, 0, null, List.of(), false);
    }
}
