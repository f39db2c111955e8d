package org.ladder.goals.ui;

import java.util.Locale;

import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalRef;

/** How goal views name a goal's level and owner, a goal in a picker, and a kind of revision. */
final class GoalLabels {

    private GoalLabels() {
    }

    static String level(GoalLevel level) {
        return level == null ? "" : level.label();
    }

    /** "Unit goal · Core Services". */
    static String meta(GoalLevel level, String ownerName) {
        String l = level(level);
        return ownerName == null || ownerName.isBlank() ? l : l + " · " + ownerName;
    }

    /** "Cut latency — Unit goal · Core Services": a goal as a picker lists it. */
    static String choice(GoalRef r) {
        return r.title() + " — " + meta(r.level(), r.ownerName());
    }

    /** "SUBMITTED" → "Submitted", "PROGRESS" → "Progress update". */
    static String revisionKind(String kind) {
        return switch (kind) {
            case "CREATED" -> "Drafted";
            case "EDITED" -> "Edited";
            case "PROGRESS" -> "Progress update";
            case "CHECK_IN" -> "Check-in";
            case "SUBMITTED" -> "Submitted";
            case "RESUBMITTED" -> "Resubmitted";
            case "APPROVED" -> "Approved";
            case "RETURNED" -> "Returned";
            case "WITHDRAWN" -> "Withdrawn";
            case "ACTIVATED" -> "Activated";
            case "ACHIEVED" -> "Achieved";
            case "ABANDONED" -> "Abandoned";
            case "ALIGNED" -> "Aligned";
            case "JUSTIFIED" -> "Justified";
            case "RETIRED" -> "Retired";
            default -> kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
        };
    }
}
