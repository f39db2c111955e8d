package org.ladder.cycles;

/** Where a cycle stands, in the order the alignment-cycle process drives them. */
public enum CyclePhase {
    DEFINE("Define"), CASCADE("Cascade"), CHECK_INS("Check-ins"), REVIEW("Review"), REVISE("Revise"),
    CLOSE("Close"), CLOSED("Closed");

    private final String label;

    CyclePhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
