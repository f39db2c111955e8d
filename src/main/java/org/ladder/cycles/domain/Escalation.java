package org.ladder.cycles.domain;

/** How far a late cascade task was passed on: not yet, to the skip-level manager, to HR. */
public enum Escalation {
    NONE, SKIP_LEVEL, HR;

    /** The further of the two (an escalation never goes back). */
    public Escalation atLeast(Escalation other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
