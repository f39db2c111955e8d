package org.ladder.base.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a person can hold; a person may hold several. The names double as the engine's group ids.
 */
public enum Role {
    HR("HR (alignment lead)"),
    LEADERSHIP("Leadership"),
    MANAGER("Manager"),
    EMPLOYEE("Employee"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_HR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(t)).findFirst();
    }
}
