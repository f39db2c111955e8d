package org.ladder.notifications.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link Instant} as its UTC wall time in a {@code datetime(6)} column, so that rows written by plain
 * JDBC ({@link NotificationInserts}, which binds the same {@link LocalDateTime}) and read by JPA agree on H2 and
 * MariaDB whatever the JVM's or the server's time zone.
 */
@Converter
class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    static LocalDateTime toUtc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant attribute) {
        return toUtc(attribute);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime dbData) {
        return dbData == null ? null : dbData.toInstant(ZoneOffset.UTC);
    }
}
