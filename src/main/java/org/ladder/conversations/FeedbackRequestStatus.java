package org.ladder.conversations;

/** Where a feedback request stands: open, or ended by an answer (given, declined), the requester, or the clock. */
public enum FeedbackRequestStatus {
    OPEN("Waiting for an answer"),
    GIVEN("Feedback given"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn"),
    EXPIRED("Expired without an answer");

    private final String label;

    FeedbackRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN;
    }
}
