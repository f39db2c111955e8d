package org.ladder.notifications;

import java.util.List;

/**
 * The port through which notifications learn who has not yet acknowledged a campaign. Implemented outside this
 * module's main code (an adapter over the tasks module's acknowledgement service), so that nothing here depends
 * on more of the tasks module than its event records. When no implementation is present, campaign events are
 * skipped with a warning.
 */
public interface CampaignAudience {

    /**
     * The ids of the people of campaign {@code campaignId} who have not acknowledged yet, restricted to the unit
     * {@code unitId} when it is not {@code null}.
     */
    List<Long> pendingPeople(long campaignId, Long unitId);
}
