package org.ladder.goals;

/** What a manager decides about an orphan goal. */
public enum OrphanResolution {
    /** Give it a parent again. */
    ALIGN,
    /** It stays as it is, marked justified with the reason. */
    JUSTIFY,
    /** Abandon it. */
    RETIRE
}
