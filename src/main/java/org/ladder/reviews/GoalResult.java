package org.ladder.reviews;

/** How a goal of the period went, in a self or a manager review. */
public enum GoalResult {
    EXCEEDED("Exceeded"), ACHIEVED("Achieved"), PARTLY("Partly achieved"), MISSED("Missed"),
    NOT_APPLICABLE("No longer relevant");

    private final String label;

    GoalResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
