package org.ladder.conversations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Waits of {@code feedback-request} ({@code ladder.feedback.*}, ISO-8601 durations): when a request is due after it
 * was made, how long before that the colleague is reminded, and how long after it an unanswered request expires.
 */
@ConfigurationProperties("ladder.feedback")
public record FeedbackTimings(Duration requestDue, Duration reminderBefore, Duration expireAfter) {

    public FeedbackTimings {
        requestDue = requestDue == null ? Duration.ofDays(7) : requestDue;
        reminderBefore = reminderBefore == null ? Duration.ofDays(2) : reminderBefore;
        expireAfter = expireAfter == null ? Duration.ofDays(14) : expireAfter;
        if (requestDue.isNegative() || requestDue.isZero() || reminderBefore.isNegative()
                || reminderBefore.compareTo(requestDue) >= 0 || expireAfter.isNegative()) {
            throw new IllegalArgumentException("ladder.feedback: request-due must be positive and longer than "
                    + "reminder-before; expire-after must not be negative");
        }
    }

    /** From the request to the reminder. */
    public Duration reminderDelay() {
        return requestDue.minus(reminderBefore);
    }

    /** From the request to its expiry. */
    public Duration expiryDelay() {
        return requestDue.plus(expireAfter);
    }
}
