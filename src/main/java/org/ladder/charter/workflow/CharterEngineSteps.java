package org.ladder.charter.workflow;

import java.time.Clock;

import org.ladder.base.audit.AuditLog;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.charter.CharterStatus;
import org.ladder.charter.domain.CharterVersion;
import org.ladder.charter.domain.CharterVersionRepository;
import org.ladder.tasks.AcknowledgementCampaigns;
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
    private final AcknowledgementCampaigns campaigns;
    private final LiveUpdates liveUpdates;
    private final AuditLog audit;
    private final Clock clock;

    CharterEngineSteps(CharterVersionRepository versions, AcknowledgementCampaigns campaigns, LiveUpdates liveUpdates,
            AuditLog audit, Clock clock) {
        this.versions = versions;
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
        liveUpdates.changedForEveryone();
    }

    /** Asks every active person to acknowledge the published version. Idempotent: the campaign's id. */
    long requestAcknowledgements(long versionId) {
        CharterVersion v = versions.findById(versionId).orElseThrow();
        return campaigns.startForEveryone(CharterPublicationProcess.SUBJECT, versionId,
                "Charter version " + v.getNumber(), "");
    }
}
