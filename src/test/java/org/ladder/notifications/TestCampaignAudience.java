package org.ladder.notifications;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Test-only {@link CampaignAudience}: the pending people of made-up campaigns, as the tests set them; every
 * other campaign (e.g. a real charter publication) is answered by the real {@link AcknowledgementAudience}.
 */
@Component
@org.springframework.context.annotation.Primary
public class TestCampaignAudience implements CampaignAudience {

    private final AcknowledgementAudience real;

    TestCampaignAudience(AcknowledgementAudience real) {
        this.real = real;
    }

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
        List<Long> made = pending.get(new Key(campaignId, unitId));
        return made != null ? made : real.pendingPeople(campaignId, unitId);
    }
}
