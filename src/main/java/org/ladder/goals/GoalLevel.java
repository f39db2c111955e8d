package org.ladder.goals;

/** Where a goal sits in the cascade. */
public enum GoalLevel {
    COMPANY("Company goal"), UNIT("Unit goal"), PERSONAL("Personal goal");

    private final String label;

    GoalLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
