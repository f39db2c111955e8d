package org.ladder.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * The one way views write dates, times and numbers: a medium date (“1 Dec 2026”, “Dec 1, 2026”, as the user's
 * locale has it) and that date with a short time, in the user's time zone. The locale is the UI's (the browser's
 * language); the zone is the browser's, learnt when the UI starts ({@link ClientZone}), else the server's.
 */
public final class Formats {

    /** The session attribute that holds the browser's zone once known. */
    static final String ZONE_ATTRIBUTE = Formats.class.getName() + ".zone";

    private static final FormatStyle DATE_STYLE = FormatStyle.MEDIUM;
    private static final FormatStyle TIME_STYLE = FormatStyle.SHORT;

    private Formats() {
    }

    /** The user's locale: the UI's, else the server's default. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.getDefault();
    }

    /** The user's time zone: the browser's once the UI has told it, else the server's. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId z ? z : ZoneId.systemDefault();
    }

    public static DateTimeFormatter dateFormatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(DATE_STYLE).withLocale(locale);
    }

    public static DateTimeFormatter dateTimeFormatter(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(DATE_STYLE, TIME_STYLE).withLocale(locale).withZone(zone);
    }

    /** A day; empty for none. */
    public static String date(LocalDate day) {
        return day == null ? "" : dateFormatter(locale()).format(day);
    }

    /** The day of an instant, in the user's zone; empty for none. */
    public static String date(Instant instant) {
        return instant == null ? "" : dateFormatter(locale()).format(instant.atZone(zone()).toLocalDate());
    }

    /** A moment, in the user's zone; empty for none. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormatter(locale(), zone()).format(instant);
    }

    /** “1 Oct 2026 – 31 Dec 2026”; empty when either end is missing. */
    public static String period(LocalDate from, LocalDate to) {
        return from == null || to == null ? "" : date(from) + " – " + date(to);
    }

    /** A number with the locale's grouping and at most {@code maxDecimals} decimals (“1,250.5”). */
    public static String number(BigDecimal value, int maxDecimals) {
        return number(value, maxDecimals, locale());
    }

    public static String number(BigDecimal value, int maxDecimals, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A whole percentage of a 0–100 value: “67%”. */
    public static String percent(double value) {
        return Math.round(Math.max(0, Math.min(100, value))) + "%";
    }

    /** “5 min”, “3 h”, “4 days”: how long something took. */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        if (hours < 1) {
            return Math.max(1, d.toMinutes()) + " min";
        }
        if (hours < 48) {
            return hours + " h";
        }
        return d.toDays() + " days";
    }
}
