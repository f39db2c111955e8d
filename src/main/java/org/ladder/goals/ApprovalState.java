package org.ladder.goals;

/**
 * Where a personal goal stands with its approver: never submitted, waiting, returned with a comment, approved.
 * Unit and company goals are activated by the people who plan them and stay {@link #NONE}.
 */
public enum ApprovalState {
    NONE(""), PENDING("Awaiting approval"), RETURNED("Returned for changes"), APPROVED("Approved");

    private final String label;

    ApprovalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
