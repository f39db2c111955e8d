package org.ladder.cycles;

/** A cycle runs, is paused by HR, was cancelled, or is closed (its record frozen). */
public enum CycleStatus {
    RUNNING("Running"), PAUSED("Paused"), CANCELLED("Cancelled"), CLOSED("Closed");

    private final String label;

    CycleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Cancelled and closed cycles are over: nothing of theirs runs any more. */
    public boolean isOver() {
        return this == CANCELLED || this == CLOSED;
    }
}
