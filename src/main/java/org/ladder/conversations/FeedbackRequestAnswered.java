package org.ladder.conversations;

/**
 * The colleague answered a feedback request: gave feedback ({@code feedbackId}, always visible to the requester) or
 * declined ({@code declined}, with their optional reason as data). The requester is told either way.
 */
public record FeedbackRequestAnswered(long requestId, long requesterId, long colleagueId, boolean declined,
        Long feedbackId, String reason) {
}
