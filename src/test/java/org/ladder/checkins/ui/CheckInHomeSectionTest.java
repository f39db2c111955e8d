package org.ladder.checkins.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CheckInHomeSectionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aCheckInIsDueWhenThereIsNoneOrTheLastIsAWeekOld() {
        assertThat(CheckInHomeSection.due(null, NOW)).isTrue();
        assertThat(CheckInHomeSection.due(NOW.minus(Duration.ofDays(6).plusHours(23)), NOW)).isFalse();
        assertThat(CheckInHomeSection.due(NOW.minus(Duration.ofDays(7)), NOW)).isTrue();
        assertThat(CheckInHomeSection.due(NOW.minus(Duration.ofDays(30)), NOW)).isTrue();
    }
}
