package org.ladder.conversations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ladder.base.ValidationException;

/**
 * The rules of feedback and requests, every broken one at once, keyed by field ({@code receiver}, {@code kind},
 * {@code visibility}, {@code about}, {@code text}, {@code colleague}, {@code note}, {@code reason}). Pure: the
 * services look up who is active and which goals and values may be chosen.
 */
final class FeedbackRules {

    private FeedbackRules() {
    }

    /** The trimmed text, or the broken rule under {@code field} in {@code errors}. */
    static String text(String text, boolean required, int max, String field, String missing,
            Map<String, String> errors) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            if (required) {
                errors.put(field, missing);
            }
            return null;
        }
        if (t.length() > max) {
            errors.put(field, "At most " + max + " characters (this has " + t.length() + ").");
        }
        return t;
    }

    /**
     * The broken rules of feedback from {@code giver}: {@code receiverActive} whether the receiver is an active
     * person, {@code goalAllowed} whether the goal (if any) is one of the receiver's that the giver may see,
     * {@code valueAllowed} whether the value (if any) is one of the published charter's.
     */
    static Map<String, String> check(FeedbackDraft draft, long giver, boolean receiverActive, boolean goalAllowed,
            boolean valueAllowed) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.receiverId() == null) {
            errors.put("receiver", "Choose who gets your feedback.");
        } else if (draft.receiverId() == giver) {
            errors.put("receiver", "You cannot give yourself feedback.");
        } else if (!receiverActive) {
            errors.put("receiver", "Choose someone who works here now.");
        }
        if (draft.kind() == null) {
            errors.put("kind", "Choose praise or constructive.");
        }
        if (draft.visibility() == null) {
            errors.put("visibility", "Choose who may read it.");
        }
        boolean aboutValue = draft.charterValue() != null && !draft.charterValue().isBlank();
        if (draft.goalId() != null && aboutValue) {
            errors.put("about", "Choose a goal or a value, not both.");
        } else if (draft.goalId() != null && !goalAllowed) {
            errors.put("about", "Choose one of their goals that you can see.");
        } else if (aboutValue && !valueAllowed) {
            errors.put("about", "Choose one of the values of the published charter.");
        }
        text(draft.text(), true, FeedbackLimits.TEXT_MAX_LENGTH, "text", "Write your feedback.", errors);
        return errors;
    }

    static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
