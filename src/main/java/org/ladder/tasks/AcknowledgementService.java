package org.ladder.tasks;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.ack.AckStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acknowledgements for people and for HR: "I have read this change" (once per person, harmless twice), and the
 * campaign's progress — overall, per unit, who is still pending — with "remind now" and "close". The process
 * side (start, reminders, escalations) is {@link AcknowledgementCampaigns}.
 */
@Service
@Transactional
public class AcknowledgementService {

    public static final int MAX_QUESTION = 1000;

    public enum Outcome {
        ACKNOWLEDGED, ALREADY_ACKNOWLEDGED
    }

    private final AckStore store;
    private final CurrentUser currentUser;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final AuditLog audit;
    private final Clock clock;

    AcknowledgementService(AckStore store, CurrentUser currentUser, PeopleService people,
            ApplicationEventPublisher events, LiveUpdates liveUpdates, AuditLog audit, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.people = people;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the caller is asked to acknowledge, oldest first. */
    @Transactional(readOnly = true)
    public List<PendingAcknowledgement> myPending() {
        return store.pendingFor(currentUser.require().personId());
    }

    /**
     * What a person has not acknowledged yet, oldest first, for their page: the person themselves, their managers,
     * HR, admins and leadership may see it; anyone else gets an empty list.
     */
    @Transactional(readOnly = true)
    public List<PendingAcknowledgement> pendingOf(long personId) {
        return maySeeAcknowledgementsOf(personId) ? store.pendingFor(personId) : List.of();
    }

    /** Whether the caller may see {@link #pendingOf} of that person. */
    @Transactional(readOnly = true)
    public boolean maySeeAcknowledgementsOf(long personId) {
        LadderUser caller = currentUser.require();
        return caller.personId() == personId || mayOversee()
                || people.managerChain(personId).contains(caller.personId());
    }

    /**
     * The caller acknowledges; an optional question goes to HR with it. Acknowledging again is harmless.
     *
     * @throws AcknowledgementRefusedException when the campaign was closed, the caller was not asked, the caller
     *         left, or the question is too long
     */
    public Outcome acknowledge(long campaignId, String question) {
        LadderUser user = currentUser.require();
        String q = question == null || question.isBlank() ? null : question.trim();
        if (q != null && q.length() > MAX_QUESTION) {
            throw new AcknowledgementRefusedException("Your question is longer than " + MAX_QUESTION + " characters.");
        }
        CampaignSummary campaign = store.campaign(campaignId)
                .orElseThrow(() -> new AcknowledgementRefusedException("There is nothing to acknowledge here."));
        if (!people.isActive(user.personId())) {
            throw new AcknowledgementRefusedException("People who have left cannot acknowledge.");
        }
        if (!store.isRequested(campaignId, user.personId())) {
            throw new AcknowledgementRefusedException("You were not asked to acknowledge " + campaign.title() + ".");
        }
        if (campaign.closedAt() != null) {
            throw new AcknowledgementRefusedException("HR closed the acknowledgements of " + campaign.title() + ".");
        }
        if (!store.acknowledge(campaignId, user.personId(), q, clock.instant())) {
            return Outcome.ALREADY_ACKNOWLEDGED;
        }
        audit.record("acknowledged", campaign.subjectType(), campaign.subjectId(),
                q == null ? campaign.title() : campaign.title() + " — question: " + q);
        events.publishEvent(new Acknowledged(campaignId, user.personId()));
        int left = store.decrementPending(campaignId);
        if (left == 0 && store.markCompleted(campaignId, clock.instant())) {
            events.publishEvent(new AcknowledgementCampaignCompleted(campaignId, campaign.subjectType(),
                    campaign.subjectId()));
        }
        liveUpdates.changed(List.of(user.personId()));
        return Outcome.ACKNOWLEDGED;
    }

    // --- HR -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CampaignSummary> campaigns(long offset, int limit) {
        requireOverseer();
        return store.campaigns(offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public long countCampaigns() {
        requireOverseer();
        return store.countCampaigns();
    }

    @Transactional(readOnly = true)
    public Optional<CampaignSummary> campaign(long campaignId) {
        requireOverseer();
        return store.campaign(campaignId);
    }

    @Transactional(readOnly = true)
    public Optional<CampaignSummary> campaignFor(String subjectType, long subjectId) {
        requireOverseer();
        return store.campaignFor(subjectType, subjectId);
    }

    /** Progress per org unit, least complete first. */
    @Transactional(readOnly = true)
    public List<UnitProgress> unitProgress(long campaignId) {
        requireOverseer();
        CampaignSummary c = store.campaign(campaignId).orElseThrow();
        List<AckStore.UnitRow> rows = store.unitRows(campaignId, c.startedAt());
        Map<Long, String> names = people.unitNames(rows.stream().map(AckStore.UnitRow::unitId)
                .filter(java.util.Objects::nonNull).toList());
        return rows.stream()
                .map(r -> new UnitProgress(r.unitId(), r.unitId() == null ? "(no unit)"
                        : names.getOrDefault(r.unitId(), "Unit " + r.unitId()), r.total(), r.acknowledged(), r.last(),
                        r.timeToComplete()))
                .sorted(Comparator.comparingInt(UnitProgress::percent).thenComparing(UnitProgress::unitName))
                .toList();
    }

    /** People who have not acknowledged yet (in one unit, or everywhere when {@code unitId} is null). */
    @Transactional(readOnly = true)
    public List<PersonSummary> pendingPeople(long campaignId, Long unitId, long offset, int limit) {
        requireOverseer();
        return people.summaries(store.pendingPeople(campaignId, unitId, offset, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    public long countPendingPeople(long campaignId, Long unitId) {
        requireOverseer();
        return store.countPendingPeople(campaignId, unitId);
    }

    /** Sends a reminder now to the people still pending (of one unit, or all). */
    public void remindNow(long campaignId, Long unitId) {
        requireOverseer();
        CampaignSummary c = openCampaign(campaignId);
        audit.record("acknowledgement.reminded", c.subjectType(), c.subjectId(),
                unitId == null ? "everyone pending" : "unit " + unitId);
        events.publishEvent(new AcknowledgementReminderDue(campaignId, unitId, c.title(), c.link()));
    }

    /** HR closes the campaign: nobody is asked any more. */
    public void close(long campaignId) {
        LadderUser hr = currentUser.requireAnyRole(Role.HR);
        CampaignSummary c = openCampaign(campaignId);
        if (store.markClosed(campaignId, hr.getUsername(), clock.instant())) {
            audit.record("acknowledgement.closed", c.subjectType(), c.subjectId(),
                    c.pending() + " of " + c.total() + " had not acknowledged");
            events.publishEvent(new AcknowledgementCampaignClosed(campaignId, c.subjectType(), c.subjectId()));
            liveUpdates.changedForEveryone();
        }
    }

    /** Whether the caller may watch campaigns: HR, admins and leadership. */
    public boolean mayOversee() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN, Role.LEADERSHIP);
    }

    private void requireOverseer() {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN, Role.LEADERSHIP);
    }

    private CampaignSummary openCampaign(long campaignId) {
        CampaignSummary c = store.campaign(campaignId)
                .orElseThrow(() -> new AcknowledgementRefusedException("No such acknowledgement campaign."));
        if (!c.isOpen()) {
            throw new AcknowledgementRefusedException(c.completedAt() != null
                    ? "Everyone has already acknowledged " + c.title() + "."
                    : "The acknowledgements of " + c.title() + " were closed.");
        }
        return c;
    }
}
