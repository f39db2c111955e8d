package org.ladder.goals;

/**
 * How a key result is measured. Numeric, percentage and currency move from a baseline to a target (either way);
 * binary is done (1) or not (0); milestone counts milestones reached out of the target number.
 */
public enum KeyResultType {
    NUMERIC("Number"), PERCENTAGE("Percentage"), CURRENCY("Currency"), BINARY("Done / not done"),
    MILESTONE("Milestones");

    private final String label;

    KeyResultType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
