package org.ladder.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.MonthDay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cadence's settings ({@code ladder.checkins.cadence.*}, see application.properties): the organisation's start of
 * day and due time (in the zone of the injected {@link Clock}), the spread of the people's offsets, the default end of
 * a cadence (the end of the cycle year), and how soon the manager's 1:1 is due after a check-in.
 */
@Configuration
class CadenceConfig {

    @Bean
    CadenceCalendar cadenceCalendar(Clock clock,
            @Value("${ladder.checkins.cadence.day-start:08:00}") LocalTime dayStart,
            @Value("${ladder.checkins.cadence.due-time:17:00}") LocalTime dueTime,
            @Value("${ladder.checkins.cadence.spread:PT8H}") Duration spread,
            @Value("${ladder.checkins.cadence.year-end:--12-31}") String yearEnd) {
        return new CadenceCalendar(clock.getZone(), dayStart, dueTime, (int) spread.toMinutes(),
                MonthDay.parse(yearEnd));
    }

    @Bean
    CadenceSettings cadenceSettings(@Value("${ladder.checkins.one-on-one-within:P3D}") Duration oneOnOneWithin) {
        return new CadenceSettings(oneOnOneWithin);
    }
}
