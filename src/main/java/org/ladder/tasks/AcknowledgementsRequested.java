package org.ladder.tasks;

/**
 * Acknowledgement requests of a campaign exist for everyone concerned (after the fan-out): they should be told.
 * {@code link} is the route where they acknowledge (e.g. {@code ""} for the home banner).
 */
public record AcknowledgementsRequested(long campaignId, String title, String link) {
}
