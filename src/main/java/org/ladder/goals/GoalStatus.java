package org.ladder.goals;

/** A goal's life: drafted, agreed and worked on, then achieved or abandoned (both closed). */
public enum GoalStatus {
    DRAFT("Draft"), ACTIVE("Active"), ACHIEVED("Achieved"), ABANDONED("Abandoned");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Achieved and abandoned goals are closed: they accept no new goals below them. */
    public boolean isClosed() {
        return this == ACHIEVED || this == ABANDONED;
    }
}
