package org.ladder.tasks;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.Role;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.people.PeopleService;
import org.ladder.tasks.ack.AckStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process side of acknowledgements, for workflow delegates (they run as the engine, not as a person):
 * start a campaign (idempotent per subject), send reminders, escalate to managers and to HR, close. Views use
 * {@link AcknowledgementService} instead.
 */
@Service
@Transactional
public class AcknowledgementCampaigns {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementCampaigns.class);

    private final AckStore store;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final AuditLog audit;
    private final Clock clock;

    AcknowledgementCampaigns(AckStore store, PeopleService people, ApplicationEventPublisher events,
            LiveUpdates liveUpdates, AuditLog audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Asks every active person to acknowledge the subject. A second call for the same subject does nothing. */
    public long startForEveryone(String subjectType, long subjectId, String title, String link) {
        return start(subjectType, subjectId, title, link, null, List.of());
    }

    /**
     * Asks every active person but {@code authors} (who wrote or approved the subject, so have nothing to
     * acknowledge) to acknowledge the subject. Idempotent per subject.
     */
    public long startForEveryoneBut(String subjectType, long subjectId, String title, String link,
            Collection<Long> authors) {
        return start(subjectType, subjectId, title, link, null, authors);
    }

    /** Asks these people (the active ones) to acknowledge the subject. Idempotent per subject. */
    public long startFor(String subjectType, long subjectId, String title, String link, Collection<Long> personIds) {
        return start(subjectType, subjectId, title, link, personIds, List.of());
    }

    private long start(String subjectType, long subjectId, String title, String link, Collection<Long> personIds,
            Collection<Long> authors) {
        var existing = store.campaignFor(subjectType, subjectId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        long id;
        try {
            id = store.insertCampaign(subjectType, subjectId, title, link, clock.instant());
        } catch (DuplicateKeyException raced) {
            return store.campaignFor(subjectType, subjectId).orElseThrow().id();
        }
        if (personIds == null) {
            store.requestEveryone(id, clock.instant(), authors);
        } else {
            store.requestPeople(id, personIds, clock.instant());
        }
        CampaignSummary c = store.campaign(id).orElseThrow();
        audit.record("acknowledgement.requested", subjectType, subjectId, c.total() + " people asked: " + title);
        log.info("Acknowledgement campaign {} for {} {}: {} people asked", id, subjectType, subjectId, c.total());
        events.publishEvent(new AcknowledgementsRequested(id, title, link));
        if (personIds == null) {
            liveUpdates.changedForEveryone();
        } else {
            liveUpdates.changed(personIds);
        }
        return id;
    }

    public CampaignSummary campaign(long campaignId) {
        return store.campaign(campaignId).orElseThrow();
    }

    /** The campaign of a subject, if one was started (for the module that owns the subject, which checks access). */
    @Transactional(readOnly = true)
    public java.util.Optional<CampaignSummary> campaignFor(String subjectType, long subjectId) {
        return store.campaignFor(subjectType, subjectId);
    }

    /** Everyone still pending is reminded. */
    public void remindPending(long campaignId) {
        CampaignSummary c = campaign(campaignId);
        if (c.isOpen()) {
            store.insertReminder(campaignId, null, clock.instant(), null, c.pending());
            events.publishEvent(new AcknowledgementReminderDue(campaignId, null, c.title(), c.link()));
        }
    }

    /** Each manager learns how many of their direct reports are still pending. */
    public void escalateToManagers(long campaignId) {
        CampaignSummary c = campaign(campaignId);
        Map<Long, Long> byManager = store.pendingByManager(campaignId);
        if (c.isOpen() && !byManager.isEmpty()) {
            audit.record("acknowledgement.escalated", c.subjectType(), c.subjectId(),
                    "to " + byManager.size() + " managers");
            events.publishEvent(new AcknowledgementsEscalated(campaignId, AcknowledgementsEscalated.Level.MANAGER,
                    byManager, c.title(), c.link()));
        }
    }

    /** HR learns how many people are still pending overall. */
    public void escalateToHr(long campaignId) {
        CampaignSummary c = campaign(campaignId);
        if (!c.isOpen() || c.pending() == 0) {
            return;
        }
        Map<Long, Long> toHr = new HashMap<>();
        for (Long hr : people.activePersonIdsWithRole(Role.HR)) {
            toHr.put(hr, (long) c.pending());
        }
        audit.record("acknowledgement.escalated", c.subjectType(), c.subjectId(), "to HR: " + c.pending() + " pending");
        events.publishEvent(new AcknowledgementsEscalated(campaignId, AcknowledgementsEscalated.Level.HR, toHr,
                c.title(), c.link()));
    }

    /** The process ends the campaign (after HR's follow-up); nobody is asked any more. */
    public void closeByProcess(long campaignId) {
        CampaignSummary c = campaign(campaignId);
        if (store.markClosed(campaignId, "process", clock.instant())) {
            audit.record("acknowledgement.closed", c.subjectType(), c.subjectId(),
                    c.pending() + " of " + c.total() + " had not acknowledged");
            liveUpdates.changedForEveryone();
        }
    }

    /**
     * The subject was replaced (e.g. a newer charter version was published): its open campaign is closed, and its
     * process hears of it like an HR close.
     */
    public void closeAsSuperseded(String subjectType, long subjectId) {
        store.campaignFor(subjectType, subjectId).filter(CampaignSummary::isOpen).ifPresent(c -> {
            if (store.markClosed(c.id(), "superseded", clock.instant())) {
                audit.record("acknowledgement.closed", subjectType, subjectId, "superseded; " + c.pending() + " of "
                        + c.total() + " had not acknowledged");
                events.publishEvent(new AcknowledgementCampaignClosed(c.id(), subjectType, subjectId));
            }
        });
    }

    /**
     * For notifications: who is still pending (in one unit and the units below it, or all when {@code unitId} is
     * null).
     */
    @Transactional(readOnly = true)
    public List<Long> pendingPeople(long campaignId, Long unitId) {
        return store.allPendingPeople(campaignId, unitId == null ? null : people.unitIdsAtOrBelow(List.of(unitId)));
    }
}
