package org.ladder.tasks;

/** A person acknowledged a campaign's change (once: acknowledging again publishes nothing). */
public record Acknowledged(long campaignId, long personId) {
}
