package org.ladder.notifications;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Test-only {@link CampaignAudience}: the pending people of made-up campaigns, as the tests set them. Main code
 * has no implementation yet (the adapter over the tasks module's acknowledgements comes at integration).
 */
@Component
public class TestCampaignAudience implements CampaignAudience {

    private record Key(long campaignId, Long unitId) {
    }

    private static final AtomicLong CAMPAIGNS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private final Map<Key, List<Long>> pending = new ConcurrentHashMap<>();

    /** A campaign id no other test uses. */
    public long newCampaign() {
        return CAMPAIGNS.incrementAndGet();
    }

    /** The pending people of the campaign, or of one of its units when {@code unitId} is not null. */
    public void pending(long campaignId, Long unitId, List<Long> personIds) {
        pending.put(new Key(campaignId, unitId), List.copyOf(personIds));
    }

    @Override
    public List<Long> pendingPeople(long campaignId, Long unitId) {
        return pending.getOrDefault(new Key(campaignId, unitId), List.of());
    }
}
