package org.ladder.conversations;

import java.time.Instant;

/**
 * A piece of feedback as a reader sees it. {@code goalTitle} is empty when the reader may not see that goal (any
 * more); {@code visibility} tells the giver and the managers whether the receiver reads it.
 */
public record FeedbackItem(long id, long giverId, String giverName, long receiverId, String receiverName,
        FeedbackKind kind, FeedbackVisibility visibility, Long goalId, String goalTitle, String charterValue,
        String text, boolean requested, Instant givenAt) {

    public boolean isPrivate() {
        return visibility == FeedbackVisibility.MANAGERS;
    }
}
