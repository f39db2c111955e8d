package org.ladder.cycles;

/** The cycle's limits, used by the services and the wizard's fields alike. */
public final class CycleLimits {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int REASON_MAX_LENGTH = 500;
    /** A period lasts at least this many days… */
    public static final int MIN_PERIOD_DAYS = 28;
    /** …and at most this many. */
    public static final int MAX_PERIOD_DAYS = 400;
    /** How many people or units a preview lists by name (counts are always complete). */
    public static final int PREVIEW_LISTED = 200;
    /** People or units per launch job (ADR 0019, ADR 0027). */
    public static final int CHUNK_SIZE = 200;

    private CycleLimits() {
    }
}
