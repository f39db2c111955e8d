package org.ladder.tasks;

/** Everyone asked has acknowledged. Published in the transaction of the last acknowledgement. */
public record AcknowledgementCampaignCompleted(long campaignId, String subjectType, long subjectId) {
}
