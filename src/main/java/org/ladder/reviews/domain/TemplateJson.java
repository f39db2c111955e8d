package org.ladder.reviews.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewSection;
import org.ladder.reviews.ReviewStep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A template version's sections, scales and deadlines as the JSON columns hold them. */
final class TemplateJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private record Scale(String name, List<String> labels) {
    }

    private TemplateJson() {
    }

    static String sections(List<ReviewSection> sections) {
        return write(sections);
    }

    static List<ReviewSection> sections(String json) {
        return read(json, new TypeReference<List<ReviewSection>>() {
        });
    }

    static String scale(RatingScale scale) {
        return write(new Scale(scale.name(), scale.labels()));
    }

    static RatingScale scale(String json) {
        Scale s = read(json, new TypeReference<Scale>() {
        });
        return new RatingScale(s.name(), s.labels());
    }

    static String deadlines(Map<ReviewStep, Integer> days) {
        return write(new EnumMap<>(days));
    }

    static Map<ReviewStep, Integer> deadlines(String json) {
        return new EnumMap<>(read(json, new TypeReference<Map<ReviewStep, Integer>>() {
        }));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write template JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read template JSON", e);
        }
    }
}
