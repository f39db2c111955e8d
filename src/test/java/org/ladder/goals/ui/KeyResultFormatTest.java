package org.ladder.goals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ladder.goals.KeyResultType;

/** One number format per key-result type: no "4.0000" for a milestone count, units and currencies shown. */
class KeyResultFormatTest {

    private static String f(String value, KeyResultType type, String unit, Locale locale) {
        return KeyResultFormat.value(new BigDecimal(value), type, unit, locale);
    }

    @Test
    void milestonesAreWholeCounts() {
        assertThat(f("4.0000", KeyResultType.MILESTONE, null, Locale.UK)).isEqualTo("4");
    }

    @Test
    void numbersKeepTheirDecimalsAndUnit() {
        assertThat(f("290.0000", KeyResultType.NUMERIC, "ms", Locale.UK)).isEqualTo("290 ms");
        assertThat(f("1250.5000", KeyResultType.NUMERIC, null, Locale.UK)).isEqualTo("1,250.5");
        assertThat(f("0.1250", KeyResultType.NUMERIC, "", Locale.UK)).isEqualTo("0.125");
        assertThat(f("1250.5", KeyResultType.NUMERIC, "km", Locale.GERMANY)).isEqualTo("1.250,5 km");
    }

    @Test
    void percentagesCarryThePercentSign() {
        assertThat(f("65.0000", KeyResultType.PERCENTAGE, "%", Locale.UK)).isEqualTo("65%");
        assertThat(f("12.5", KeyResultType.PERCENTAGE, null, Locale.UK)).isEqualTo("12.5%");
    }

    @Test
    void currencyShowsItsUnit() {
        assertThat(f("1200000.0000", KeyResultType.CURRENCY, "EUR", Locale.UK)).isEqualTo("€1,200,000");
        assertThat(f("1200.5", KeyResultType.CURRENCY, "usd", Locale.US)).isEqualTo("$1,200.50");
        assertThat(f("1200", KeyResultType.CURRENCY, "EUR", Locale.GERMANY)).isEqualTo("1.200\u00a0€");
        assertThat(f("300", KeyResultType.CURRENCY, "XQZ", Locale.UK)).isEqualTo("300 XQZ");
    }

    @Test
    void binaryIsDoneOrNotDone() {
        assertThat(f("1.0000", KeyResultType.BINARY, null, Locale.UK)).isEqualTo("done");
        assertThat(f("0.0000", KeyResultType.BINARY, null, Locale.UK)).isEqualTo("not done");
    }

    @Test
    void nothingIsADash() {
        assertThat(KeyResultFormat.value(null, KeyResultType.NUMERIC, null, Locale.UK)).isEqualTo("—");
    }

    @Test
    void anInputStartsWithThePlainValue() {
        assertThat(KeyResultFormat.editable(new BigDecimal("4.0000")).toString()).isEqualTo("4");
        assertThat(KeyResultFormat.editable(new BigDecimal("100.0000")).toString()).isEqualTo("100");
        assertThat(KeyResultFormat.editable(new BigDecimal("2.5000")).toString()).isEqualTo("2.5");
    }
}
