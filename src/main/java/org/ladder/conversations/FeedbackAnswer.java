package org.ladder.conversations;

/**
 * The colleague's feedback in answer to a request: kind, optionally a value of the charter, and the text. Who gets it
 * (the requester, who reads it) and the goal (the request's) come from the request.
 */
public record FeedbackAnswer(FeedbackKind kind, String charterValue, String text) {
}
