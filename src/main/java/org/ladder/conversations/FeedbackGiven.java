package org.ladder.conversations;

/**
 * Someone gave feedback (not as the answer to a request: that is {@link FeedbackRequestAnswered}). {@code tell} is
 * who is to be told, as this module decided: the receiver when it is visible to them; for private feedback the
 * receiver's manager (or nobody) — never the receiver. Ids only; {@code notifications} writes the words, and never
 * the text.
 */
public record FeedbackGiven(long feedbackId, long giverId, long receiverId, FeedbackKind kind,
        boolean privateToManagers, Long tell) {

    public FeedbackGiven {
        if (privateToManagers && tell != null && tell == receiverId) {
            throw new IllegalArgumentException("Private feedback is never told to its receiver");
        }
    }
}
