package org.ladder.goals.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.ladder.base.ui.Formats;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.KeyResultView;

/**
 * One way to write a key result's value per type, in the user's locale: a number with up to four decimals and its
 * unit (“290 ms”), a percentage with % (“65%”), an amount with its currency (“€1,200,000”), milestones as a whole
 * count (“3”), done / not done for a binary result.
 */
final class KeyResultFormat {

    private KeyResultFormat() {
    }

    static String value(KeyResultView kr, BigDecimal value) {
        return value(value, kr.type(), kr.unit(), Formats.locale());
    }

    /** Baseline → target, as the key-results table shows it. */
    static String range(KeyResultView kr) {
        return value(kr, kr.baseline()) + " → " + value(kr, kr.target());
    }

    static String value(BigDecimal value, KeyResultType type, String unit, Locale locale) {
        if (value == null) {
            return "—";
        }
        String u = unit == null ? "" : unit.trim();
        if (type == null) {
            return withUnit(Formats.number(value, 4, locale), u);
        }
        return switch (type) {
            case BINARY -> value.signum() == 0 ? "not done" : "done";
            case MILESTONE -> Formats.number(value, 0, locale);
            case PERCENTAGE -> Formats.number(value, 2, locale) + "%";
            case CURRENCY -> currency(value, u, locale);
            case NUMERIC -> withUnit(Formats.number(value, 4, locale), u);
        };
    }

    /** A value as an input field should start with: no trailing zeros, no exponent (“4”, not “4.0000” or “1E+2”). */
    static BigDecimal editable(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static String currency(BigDecimal value, String code, Locale locale) {
        Currency currency;
        try {
            currency = code.length() == 3 ? Currency.getInstance(code.toUpperCase(Locale.ROOT)) : null;
        } catch (IllegalArgumentException e) {
            currency = null;
        }
        if (currency == null) {
            return withUnit(Formats.number(value, 2, locale), code);
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        boolean whole = editable(value).scale() <= 0;
        f.setMinimumFractionDigits(whole ? 0 : Math.max(0, currency.getDefaultFractionDigits()));
        f.setMaximumFractionDigits(Math.max(2, currency.getDefaultFractionDigits()));
        return f.format(value);
    }

    private static String withUnit(String number, String unit) {
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
