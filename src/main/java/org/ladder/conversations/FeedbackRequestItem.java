package org.ladder.conversations;

import java.time.Instant;

/**
 * A feedback request as the requester or the colleague sees it. {@code goalTitle} is the goal it is about when the
 * reader may see it, “a private goal” when not, {@code null} when about no goal; {@code taskId} the colleague's open
 * task (for the colleague only).
 */
public record FeedbackRequestItem(long id, long version, long requesterId, String requesterName, long colleagueId,
        String colleagueName, Long goalId, String goalTitle, String note, FeedbackRequestStatus status,
        Instant requestedAt, Instant dueAt, Instant closedAt, String declineReason, String taskId) {
}
