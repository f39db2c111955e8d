package org.ladder.tasks;

/** Remind the people of a campaign who have not acknowledged yet; {@code unitId} null means everyone. */
public record AcknowledgementReminderDue(long campaignId, Long unitId, String title, String link) {
}
