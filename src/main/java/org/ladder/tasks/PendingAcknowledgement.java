package org.ladder.tasks;

import java.time.Instant;

/** Something the signed-in person is asked to acknowledge. */
public record PendingAcknowledgement(long campaignId, String subjectType, long subjectId, String title, String link,
        Instant requestedAt) {
}
