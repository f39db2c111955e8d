package org.ladder.conversations;

/**
 * Feedback to give: to whom, what kind, optionally about one of the receiver's goals ({@code goalId}) or a value of
 * the published charter ({@code charterValue}, its name) — not both — who may read it, and the text.
 */
public record FeedbackDraft(Long receiverId, FeedbackKind kind, Long goalId, String charterValue,
        FeedbackVisibility visibility, String text) {
}
