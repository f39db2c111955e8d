package org.ladder.checkins.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.checkins.PulseFigure;

/** How the pulse's figures read: months, averages, and why a figure is not shown. */
final class PulseFormat {

    static final String FEWER_THAN_FIVE = "Fewer than 5 answers";
    static final String LEFT_OUT = "Leaves out fewer than 5 answers, counted in a unit further up";
    static final String THRESHOLD = "Shown only for groups of at least 5 answers.";

    private PulseFormat() {
    }

    static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", Formats.locale()).format(month);
    }

    static String longMonth(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Formats.locale()).format(month);
    }

    static String average(PulseFigure f) {
        return f.shown() ? Formats.number(f.average(), 1) : "—";
    }

    static String answers(PulseFigure f) {
        return f.shown() ? Formats.number(java.math.BigDecimal.valueOf(f.answers()), 0) : "—";
    }

    /** Why the figure is missing, or what it leaves out, or empty. */
    static String why(PulseFigure f) {
        if (f.shown()) {
            return f.leftOut() ? LEFT_OUT : "";
        }
        return FEWER_THAN_FIVE;
    }

    /** "3.8 from 42 answers", or why it is not shown. */
    static String summary(PulseFigure f) {
        return f.shown() ? "average " + average(f) + " from " + Plural.count(f.answers(), "answer") : why(f);
    }
}
