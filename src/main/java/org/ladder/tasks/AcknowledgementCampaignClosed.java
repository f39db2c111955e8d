package org.ladder.tasks;

/** HR closed the campaign before everyone acknowledged; nobody is asked any more. */
public record AcknowledgementCampaignClosed(long campaignId, String subjectType, long subjectId) {
}
