package org.ladder.conversations;

/** A feedback request ended unanswered, long after its due date: the requester is told. */
public record FeedbackRequestExpired(long requestId, long requesterId, long colleagueId) {
}
