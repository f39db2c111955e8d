package org.ladder.charter.workflow;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ladder.base.audit.AuditLog;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.charter.CharterPublished;
import org.ladder.charter.CharterStatus;
import org.ladder.charter.domain.CharterReview;
import org.ladder.charter.domain.CharterReviewRepository;
import org.ladder.charter.domain.CharterVersion;
import org.ladder.charter.domain.CharterVersionRepository;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code charter-publication} that only the engine takes (nobody is signed in): publishing the version
 * once the last leader approved — the decision this process owns — and asking everyone to acknowledge it.
 * Package-private: only {@link CharterDelegates} call them.
 */
@Component
@Transactional
class CharterEngineSteps {

    private final CharterVersionRepository versions;
    private final CharterReviewRepository reviews;
    private final AcknowledgementCampaigns campaigns;
    private final LiveUpdates liveUpdates;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CharterEngineSteps(CharterVersionRepository versions, CharterReviewRepository reviews,
            AcknowledgementCampaigns campaigns, LiveUpdates liveUpdates, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.liveUpdates = liveUpdates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes the version: the previous one is superseded (and its acknowledgements closed). Idempotent. */
    void publish(long versionId) {
        CharterVersion v = versions.findById(versionId).orElseThrow();
        if (v.getStatus() == CharterStatus.PUBLISHED) {
            return;
        }
        versions.findFirstByStatus(CharterStatus.PUBLISHED).ifPresent(old -> {
            old.supersede(clock.instant());
            versions.saveAndFlush(old);
            campaigns.closeAsSuperseded(CharterPublicationProcess.SUBJECT, old.getId());
        });
        v.publish(clock.instant());
        versions.saveAndFlush(v);
        audit.record("charter.published", "charter", versionId, "Version " + v.getNumber());
        events.publishEvent(new CharterPublished(versionId, v.getNumber()));
        liveUpdates.changedForEveryone();
    }

    /**
     * Asks every active person to acknowledge the published version, but its authors: the leader who drafted it
     * and the leaders who approved it have read it already. Idempotent: the campaign's id.
     */
    long requestAcknowledgements(long versionId) {
        CharterVersion v = versions.findById(versionId).orElseThrow();
        Set<Long> authors = new HashSet<>(List.of(v.getDraftedBy()));
        reviews.findByVersionIdOrderByDecidedAtDesc(versionId).stream()
                .filter(r -> r.getDecision() == CharterReview.Decision.APPROVED)
                .forEach(r -> authors.add(r.getReviewerId()));
        return campaigns.startForEveryoneBut(CharterPublicationProcess.SUBJECT, versionId,
                "Charter version " + v.getNumber(), "", authors);
    }
}
