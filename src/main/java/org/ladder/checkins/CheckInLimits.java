package org.ladder.checkins;

/** The limits of a check-in and of a pulse answer, used by the service's rules and by the form's fields alike. */
public final class CheckInLimits {

    /** What stands in a goal's way, per goal. */
    public static final int BLOCKERS_MAX_LENGTH = 2000;
    /** The comment on a goal, per goal. */
    public static final int COMMENT_MAX_LENGTH = 2000;
    /** The pulse's optional line. */
    public static final int PULSE_COMMENT_MAX_LENGTH = 280;
    public static final int PULSE_MIN = 1;
    public static final int PULSE_MAX = 5;
    /** The largest page of a person's check-ins one call returns. */
    public static final int PAGE_MAX = 100;
    /** A check-in older than this many days prompts the person to check in again (home). */
    public static final int STALE_AFTER_DAYS = 7;

    private CheckInLimits() {
    }
}
