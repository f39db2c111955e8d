package org.ladder.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One date and one date-time style, in the user's locale and time zone. */
class FormatsTest {

    private static final Instant MIDNIGHT_UTC = Instant.parse("2026-12-01T23:30:00Z");

    @Test
    void aDateIsWrittenTheLocalesWay() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(Formats.dateFormatter(Locale.UK).format(day)).isEqualTo("1 Dec 2026");
        assertThat(Formats.dateFormatter(Locale.US).format(day)).isEqualTo("Dec 1, 2026");
    }

    @Test
    void aMomentIsWrittenInTheUsersZone() {
        assertThat(Formats.dateTimeFormatter(Locale.UK, ZoneId.of("Europe/Helsinki")).format(MIDNIGHT_UTC))
                .isEqualTo("2 Dec 2026, 01:30");
        assertThat(Formats.dateTimeFormatter(Locale.UK, ZoneId.of("America/New_York")).format(MIDNIGHT_UTC))
                .isEqualTo("1 Dec 2026, 18:30");
    }

    @Test
    void theBrowsersZoneIsTakenWhenItIsValid() {
        assertThat(ClientZone.parse("Europe/Helsinki")).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(ClientZone.parse("Mars/Olympus")).isNull();
        assertThat(ClientZone.parse("")).isNull();
    }

    @Test
    void numbersPercentagesAndDurations() {
        assertThat(Formats.number(new BigDecimal("1234.5000"), 4, Locale.UK)).isEqualTo("1,234.5");
        assertThat(Formats.number(null, 4, Locale.UK)).isEqualTo("—");
        assertThat(Formats.percent(16.67)).isEqualTo("17%");
        assertThat(Formats.percent(130)).isEqualTo("100%");
        assertThat(Formats.duration(Duration.ofMinutes(3))).isEqualTo("3 min");
        assertThat(Formats.duration(Duration.ofHours(50))).isEqualTo("2 days");
    }

    @Test
    void withoutAUserThereIsNothingToFormat() {
        assertThat(Formats.date((LocalDate) null)).isEmpty();
        assertThat(Formats.dateTime(null)).isEmpty();
        assertThat(Formats.period(LocalDate.of(2026, 1, 1), null)).isEmpty();
    }
}
