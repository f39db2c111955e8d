package org.ladder.conversations;

/**
 * Who reads a piece of feedback besides its giver, the receiver's manager chain and HR: {@link #RECEIVER} the
 * receiver too; {@link #MANAGERS} nobody else — the receiver never learns of it (not in a list, a count, a
 * notification or an e-mail).
 */
public enum FeedbackVisibility {
    RECEIVER("Visible to the receiver"),
    MANAGERS("Private to the receiver's managers");

    private final String label;

    FeedbackVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
