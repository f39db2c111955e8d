package org.ladder.notifications;

import java.util.List;

import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.stereotype.Component;

/** The people of an acknowledgement campaign who have not acknowledged yet, from the tasks module. */
@Component
class AcknowledgementAudience implements CampaignAudience {

    private final AcknowledgementCampaigns campaigns;

    AcknowledgementAudience(AcknowledgementCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public List<Long> pendingPeople(long campaignId, Long unitId) {
        return campaigns.pendingPeople(campaignId, unitId);
    }
}
