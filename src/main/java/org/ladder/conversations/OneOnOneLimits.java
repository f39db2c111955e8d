package org.ladder.conversations;

/** The limits of a 1:1, used by the services and the fields alike. */
public final class OneOnOneLimits {

    /** A topic on the agenda. */
    public static final int TOPIC_MAX_LENGTH = 300;
    /** A note. */
    public static final int NOTE_MAX_LENGTH = 4000;
    /** An action item. */
    public static final int ACTION_MAX_LENGTH = 300;
    /** Topics on one agenda at once (discussed ones included until the 1:1 is held). */
    public static final int AGENDA_MAX_TOPICS = 100;
    /** Action items carried at once. */
    public static final int OPEN_ACTIONS_MAX = 100;
    /** Notes written for one meeting by one person. */
    public static final int NOTES_PER_MEETING_MAX = 50;
    /** Held meetings the page lists at first (older ones on demand). */
    public static final int MEETINGS_SHOWN = 10;

    private OneOnOneLimits() {
    }
}
