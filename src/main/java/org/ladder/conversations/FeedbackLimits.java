package org.ladder.conversations;

/** The limits of feedback, used by the rules and by the form fields alike. */
public final class FeedbackLimits {

    /** A piece of feedback's text. */
    public static final int TEXT_MAX_LENGTH = 2000;
    /** The requester's note to the colleague (“what I would like feedback on”). */
    public static final int NOTE_MAX_LENGTH = 500;
    /** The colleague's reason for declining a request (optional). */
    public static final int DECLINE_REASON_MAX_LENGTH = 500;
    /** How many feedback items or requests one page shows. */
    public static final int PAGE_SIZE = 20;

    private FeedbackLimits() {
    }
}
