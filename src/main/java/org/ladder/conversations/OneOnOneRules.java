package org.ladder.conversations;

import java.util.Map;

import org.ladder.base.ValidationException;

/** The words of a 1:1's items and the messages of its conflicts. */
final class OneOnOneRules {

    private OneOnOneRules() {
    }

    /** Trimmed text, refused (with a message on {@code field}) when blank or longer than {@code max}. */
    static String text(String text, String field, int max, String whenBlank) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(Map.of(field, whenBlank));
        }
        if (trimmed.length() > max) {
            throw new ValidationException(Map.of(field, "At most " + max + " characters (this has "
                    + trimmed.length() + ")."));
        }
        return trimmed;
    }

    static String changedMeanwhile(String what) {
        return switch (what) {
            case "topic" -> "The other person changed this topic meanwhile: their change is kept. "
                    + "Reload to see it, then make yours again.";
            case "note" -> "This note was changed in another window meanwhile. Reload to see it.";
            case "action" -> "The other person changed this action item meanwhile: their change is kept. "
                    + "Reload to see it, then make yours again.";
            default -> "This 1:1 was changed meanwhile. Reload to see it.";
        };
    }

    static String gone(String what) {
        return switch (what) {
            case "topic" -> "This topic was taken off the agenda meanwhile.";
            case "note" -> "This note no longer exists.";
            case "action" -> "This action item no longer exists.";
            default -> "This 1:1 no longer exists.";
        };
    }
}
