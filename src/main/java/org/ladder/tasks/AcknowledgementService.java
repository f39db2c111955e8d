package org.ladder.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.ack.AckStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
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

    // --- following a campaign: HR, admins and leadership everywhere; managers in the units they head ------------

    /** The most units one campaign view covers. */
    public static final int MAX_UNITS = 5000;

    /** Campaigns the caller may follow, newest first (for a manager: those that asked someone in their units). */
    @Transactional(readOnly = true)
    public List<CampaignSummary> campaigns(long offset, int limit) {
        Scope scope = scope();
        int max = Math.min(limit, 500);
        return scope.everything() ? store.campaigns(offset, max)
                : store.campaignsIn(scope.units(), offset, max).stream().map(c -> scoped(c, scope)).toList();
    }

    @Transactional(readOnly = true)
    public long countCampaigns() {
        Scope scope = scope();
        return scope.everything() ? store.countCampaigns() : store.campaignsIn(scope.units(), 0, 500).size();
    }

    /** A campaign as the caller sees it: for a manager, counted over their units only. */
    @Transactional(readOnly = true)
    public Optional<CampaignSummary> campaign(long campaignId) {
        Scope scope = scope();
        return store.campaign(campaignId).map(c -> scoped(c, scope)).filter(c -> scope.everything() || c.total() > 0);
    }

    @Transactional(readOnly = true)
    public Optional<CampaignSummary> campaignFor(String subjectType, long subjectId) {
        requireOverseer();
        return store.campaignFor(subjectType, subjectId);
    }

    /**
     * Progress per org unit as a tree: each unit counts itself and every unit below it; units nobody was asked in
     * are left out. HR, admins and leadership see every unit (and the people without one); a manager sees the
     * units they head and the units below them, nothing else.
     */
    @Transactional(readOnly = true)
    public List<UnitProgress> unitProgress(long campaignId) {
        Scope scope = scope();
        CampaignSummary c = store.campaign(campaignId).orElseThrow(() -> new AccessDeniedException("No such campaign."));
        Map<Long, AckStore.UnitRow> own = new HashMap<>();
        store.unitRows(campaignId, c.startedAt()).forEach(r -> own.put(r.unitId(), r));
        List<OrgUnitNode> nodes = people.unitsAtOrBelow(scope.everything() ? null : scope.roots(), MAX_UNITS);
        Map<Long, OrgUnitNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> tops = new ArrayList<>();
        for (OrgUnitNode n : nodes) {
            if (n.parentId() != null && byId.containsKey(n.parentId())) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id());
            } else {
                tops.add(n.id());
            }
        }
        Map<Long, String> names = new HashMap<>();
        nodes.forEach(n -> names.put(n.id(), n.name()));
        List<AckStore.ReminderRow> reminders = store.reminders(campaignId);
        Map<Long, String> reminderNames = reminderNames(reminders);
        Map<Long, String> reminderUnits = people.unitNames(reminders.stream().map(AckStore.ReminderRow::unitId)
                .filter(Objects::nonNull).distinct().toList());
        List<UnitProgress> out = new ArrayList<>();
        for (Long top : tops.stream().sorted(Comparator.comparing(names::get)).toList()) {
            Set<Long> above = new HashSet<>(people.unitChain(top));
            aggregate(top, null, above, byId, children, own, c, reminders, reminderNames, reminderUnits, out);
        }
        if (scope.everything()) {
            // people asked in a unit that no longer exists, and people without a unit
            own.values().stream().filter(r -> r.unitId() == null || !byId.containsKey(r.unitId())).forEach(r -> {
                String name = r.unitId() == null ? NO_UNIT : people.unitNames(List.of(r.unitId()))
                        .getOrDefault(r.unitId(), "Unit " + r.unitId() + " (removed)");
                out.add(new UnitProgress(r.unitId(), null, name, r.total(), r.acknowledged(), r.last(),
                        r.timeToComplete(), newest(reminders, r.unitId() == null ? Set.of() : Set.of(r.unitId()),
                                reminderNames, reminderUnits)));
            });
        }
        return out;
    }

    /** The name of the row for the people who had no unit when they were asked. */
    public static final String NO_UNIT = "(no unit)";

    /** A subtree's sums. */
    private record Sums(int total, int acknowledged, Instant last) {
    }

    /** Sums a unit's subtree; adds its row (and its children's, depth first) when anyone was asked in it. */
    private Sums aggregate(Long unitId, Long parentId, Set<Long> above, Map<Long, OrgUnitNode> byId,
            Map<Long, List<Long>> children, Map<Long, AckStore.UnitRow> own, CampaignSummary c,
            List<AckStore.ReminderRow> reminders, Map<Long, String> reminderNames, Map<Long, String> reminderUnits,
            List<UnitProgress> out) {
        AckStore.UnitRow mine = own.get(unitId);
        int total = mine == null ? 0 : mine.total();
        int acked = mine == null ? 0 : mine.acknowledged();
        Instant last = mine == null ? null : mine.last();
        Set<Long> chain = new HashSet<>(above);
        chain.add(unitId);
        int at = out.size();
        out.add(null); // placeholder: a unit comes before its children
        List<Long> kids = children.getOrDefault(unitId, List.of()).stream()
                .sorted(Comparator.comparing(k -> byId.get(k).name())).toList();
        for (Long child : kids) {
            Sums sub = aggregate(child, unitId, chain, byId, children, own, c, reminders, reminderNames,
                    reminderUnits, out);
            total += sub.total();
            acked += sub.acknowledged();
            if (sub.last() != null && (last == null || sub.last().isAfter(last))) {
                last = sub.last();
            }
        }
        if (total == 0) {
            out.remove(at);
            return new Sums(0, 0, null);
        }
        Duration done = acked == total && last != null ? Duration.between(c.startedAt(), last) : null;
        out.set(at, new UnitProgress(unitId, parentId, byId.get(unitId).name(), total, acked, last, done,
                newest(reminders, chain, reminderNames, reminderUnits)));
        return new Sums(total, acked, last);
    }

    /** The newest reminder that reached a unit of {@code chain} (a reminder for everyone reaches all). */
    private static Reminder newest(List<AckStore.ReminderRow> reminders, Set<Long> chain, Map<Long, String> names,
            Map<Long, String> units) {
        return reminders.stream().filter(r -> r.unitId() == null || chain.contains(r.unitId())).findFirst()
                .map(r -> reminder(r, names, units)).orElse(null);
    }

    private static Reminder reminder(AckStore.ReminderRow r, Map<Long, String> names, Map<Long, String> units) {
        return new Reminder(r.at(), r.byPersonId() == null ? null : names.getOrDefault(r.byPersonId(), "someone"),
                r.people(), r.unitId() == null ? null : units.get(r.unitId()));
    }

    private Map<Long, String> reminderNames(List<AckStore.ReminderRow> reminders) {
        List<Long> ids = reminders.stream().map(AckStore.ReminderRow::byPersonId).filter(Objects::nonNull).distinct()
                .toList();
        Map<Long, String> names = new HashMap<>();
        people.summaries(ids).forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }

    /** The newest reminder the caller may see: any for HR, admins and leadership; one reaching their units for a manager. */
    @Transactional(readOnly = true)
    public Optional<Reminder> lastReminder(long campaignId) {
        Scope scope = scope();
        List<AckStore.ReminderRow> reminders = store.reminders(campaignId);
        Set<Long> reach = new HashSet<>(scope.units());
        if (!scope.everything()) {
            scope.roots().forEach(r -> reach.addAll(people.unitChain(r)));
        }
        Map<Long, String> units = people.unitNames(reminders.stream().map(AckStore.ReminderRow::unitId)
                .filter(Objects::nonNull).distinct().toList());
        return reminders.stream().filter(r -> scope.everything() || r.unitId() == null || reach.contains(r.unitId()))
                .findFirst().map(r -> reminder(r, reminderNames(List.of(r)), units));
    }

    /**
     * People who have not acknowledged yet, by name: in one unit and the units below it, or in all the caller may
     * see when {@code unitId} is null; {@code nameContains} filters by name (blank: everyone).
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> pendingPeople(long campaignId, Long unitId, String nameContains, long offset, int limit) {
        return people.summaries(store.pendingPeople(campaignId, units(scope(), unitId), nameContains, offset,
                Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    public long countPendingPeople(long campaignId, Long unitId, String nameContains) {
        return store.countPendingPeople(campaignId, units(scope(), unitId), nameContains);
    }

    /**
     * Who has not acknowledged yet, as CSV (name, e-mail, unit, manager), with the same scope and filter as
     * {@link #pendingPeople}: only what the caller may see. Cells that a spreadsheet would run as a formula are
     * quoted as text.
     */
    public String pendingCsv(long campaignId, Long unitId, String nameContains) {
        Scope scope = scope();
        CampaignSummary c = store.campaign(campaignId).orElseThrow(() -> new AccessDeniedException("No such campaign."));
        java.util.Collection<Long> units = units(scope, unitId);
        StringBuilder csv = new StringBuilder("Name,E-mail,Unit,Manager\r\n");
        int rows = 0;
        for (long offset = 0;; offset += 500) {
            List<PersonSummary> page = people.summaries(store.pendingPeople(campaignId, units, nameContains, offset, 500));
            for (PersonSummary p : page) {
                csv.append(Csv.row(p.displayName(), p.email(), p.unitName(), p.managerName()));
                rows++;
            }
            if (page.size() < 500) {
                break;
            }
        }
        audit.record("acknowledgement.exported", c.subjectType(), c.subjectId(),
                rows + " pending people" + (unitId == null ? "" : " of unit " + unitId));
        return csv.toString();
    }

    /**
     * Sends a reminder now to the people still pending (of one unit and the units below it, or all), and
     * records when and by whom. Returns how many people were reminded.
     */
    public int remindNow(long campaignId, Long unitId) {
        LadderUser user = requireOverseer();
        CampaignSummary c = openCampaign(campaignId);
        java.util.Collection<Long> units = units(Scope.EVERYTHING, unitId);
        int count = (int) store.countPendingPeople(campaignId, units, null);
        if (count == 0) {
            throw new AcknowledgementRefusedException("Everyone there has acknowledged: nobody to remind.");
        }
        store.insertReminder(campaignId, unitId, clock.instant(), user.personId(), count);
        audit.record("acknowledgement.reminded", c.subjectType(), c.subjectId(),
                count + " people" + (unitId == null ? ", everyone pending" : " of unit " + unitId + " and below"));
        events.publishEvent(new AcknowledgementReminderDue(campaignId, unitId, c.title(), c.link()));
        return count;
    }

    /** How many people a reminder for this unit (and below; null: everyone) would reach now. */
    @Transactional(readOnly = true)
    public int countToRemind(long campaignId, Long unitId) {
        requireOverseer();
        return (int) store.countPendingPeople(campaignId, units(Scope.EVERYTHING, unitId), null);
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

    /** Whether the caller may watch every campaign everywhere: HR, admins and leadership. */
    public boolean mayOversee() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN, Role.LEADERSHIP);
    }

    /** Whether the caller may send reminders (HR, admins and leadership). */
    public boolean mayRemind() {
        return mayOversee();
    }

    /** What the caller may follow: everything, or the units a manager heads and those below them. */
    private record Scope(boolean everything, List<Long> roots, Set<Long> units) {
        static final Scope EVERYTHING = new Scope(true, List.of(), Set.of());
    }

    private Scope scope() {
        LadderUser user = currentUser.require();
        if (user.hasRole(Role.HR) || user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADERSHIP)) {
            return Scope.EVERYTHING;
        }
        if (!user.hasRole(Role.MANAGER)) {
            throw new AccessDeniedException("You do not have access to this action.");
        }
        List<Long> headed = people.unitsHeadedBy(user.personId());
        Set<Long> units = people.unitIdsAtOrBelow(headed);
        List<Long> roots = headed.stream().filter(h -> people.unitChain(h).stream().skip(1).noneMatch(units::contains))
                .toList();
        return new Scope(false, roots, units);
    }

    /** The units to count in: one unit and those below it (which must be the caller's), or all of the scope. */
    private java.util.Collection<Long> units(Scope scope, Long unitId) {
        if (unitId == null) {
            return scope.everything() ? null : scope.units();
        }
        if (!scope.everything() && !scope.units().contains(unitId)) {
            throw new AccessDeniedException("That unit is not one of yours.");
        }
        return people.unitIdsAtOrBelow(List.of(unitId));
    }

    /** For a manager, the campaign counted over their units only. */
    private CampaignSummary scoped(CampaignSummary c, Scope scope) {
        if (scope.everything()) {
            return c;
        }
        int pending = (int) store.countPendingPeople(c.id(), scope.units(), null);
        int total = store.unitRows(c.id(), c.startedAt()).stream().filter(r -> r.unitId() != null
                && scope.units().contains(r.unitId())).mapToInt(AckStore.UnitRow::total).sum();
        return new CampaignSummary(c.id(), c.subjectType(), c.subjectId(), c.title(), c.link(), c.startedAt(), total,
                pending, c.completedAt(), c.closedAt());
    }

    private LadderUser requireOverseer() {
        return currentUser.requireAnyRole(Role.HR, Role.ADMIN, Role.LEADERSHIP);
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
