package org.ladder.base.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link Instant} as its UTC wall time in a {@code datetime(6)} column, so that rows written by plain
 * JDBC (which binds the same {@link LocalDateTime}, see {@link #toUtc}) and read by JPA agree on H2 and MariaDB
 * whatever the JVM's or the server's time zone. Modules whose tables are written by both JPA and SQL use it.
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    public static LocalDateTime toUtc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant fromUtc(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
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
