package org.ladder.goals;

/**
 * Who may read a goal. Private goals are seen by their owner, the owner's manager chain and HR; only personal goals
 * can be private (a unit's and the company's goals are what others align to).
 */
public enum Visibility {
    PUBLIC("Everyone"), PRIVATE("Me, my managers and HR");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
