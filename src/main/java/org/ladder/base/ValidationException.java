package org.ladder.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule: a message per field (keys like {@code mission} or {@code values[2].name}), for the
 * form to show next to each field. Nothing was saved.
 */
public class ValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super("Please correct: " + String.join("; ", fieldErrors.values()));
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
