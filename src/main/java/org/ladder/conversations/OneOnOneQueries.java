package org.ladder.conversations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ladder.base.security.LadderUser;
import org.ladder.conversations.domain.ActionItem;
import org.ladder.conversations.domain.ActionItemRepository;
import org.ladder.conversations.domain.AgendaTopic;
import org.ladder.conversations.domain.AgendaTopicRepository;
import org.ladder.conversations.domain.OneOnOne;
import org.ladder.conversations.domain.OneOnOneMeeting;
import org.ladder.conversations.domain.OneOnOneMeetingRepository;
import org.ladder.conversations.domain.OneOnOneNote;
import org.ladder.conversations.domain.OneOnOneNoteRepository;
import org.ladder.conversations.domain.OneOnOneRepository;
import org.ladder.goals.GoalRef;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.PersonGoals;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading 1:1s: a manager's list of reports with when they last met and what waits, the caller's own 1:1 with
 * their manager, one 1:1's page and the report's goals beside it. Only what the caller may see: a 1:1 to its two,
 * the report's manager chain and HR; private notes to their writer alone.
 */
@Service
@Transactional(readOnly = true)
public class OneOnOneQueries {

    private final OneOnOneRepository oneOnOnes;
    private final AgendaTopicRepository topics;
    private final OneOnOneNoteRepository notes;
    private final ActionItemRepository actions;
    private final OneOnOneMeetingRepository meetings;
    private final OneOnOneAccess access;
    private final PeopleService people;
    private final PersonGoals personGoals;
    private final LatestCheckIns checkIns;
    private final Clock clock;

    OneOnOneQueries(OneOnOneRepository oneOnOnes, AgendaTopicRepository topics, OneOnOneNoteRepository notes,
            ActionItemRepository actions, OneOnOneMeetingRepository meetings, OneOnOneAccess access,
            PeopleService people, PersonGoals personGoals, LatestCheckIns checkIns, Clock clock) {
        this.oneOnOnes = oneOnOnes;
        this.topics = topics;
        this.notes = notes;
        this.actions = actions;
        this.meetings = meetings;
        this.access = access;
        this.people = people;
        this.personGoals = personGoals;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** Whether the caller has a manager or reports, i.e. 1:1s at all (the navigation asks). */
    public boolean hasOneOnOnes() {
        LadderUser user = access.user();
        return access.currentManagerOf(user.personId()) != null || people.countDirectReports(user.personId()) > 0;
    }

    /** Whether the caller may read this person's 1:1s: the person, their manager chain, HR. */
    public boolean mayReadOneOnOnesOf(long reportId) {
        return access.mayReadOneOnOnesOf(reportId);
    }

    /** The caller's direct reports, by name, each with their 1:1's state. */
    public List<OneOnOneSummary> myReports(long offset, int limit) {
        LadderUser user = access.user();
        List<PersonSummary> reports = people.directReports(user.personId(), offset, Math.min(limit, 200));
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<Long, OneOnOne> byReport = new HashMap<>();
        oneOnOnes.findByManagerIdAndReportIdIn(user.personId(), reports.stream().map(PersonSummary::id).toList())
                .forEach(o -> byReport.put(o.getReportId(), o));
        List<Long> ids = ids(byReport.values());
        Map<Long, Long> waiting = ids.isEmpty() ? Map.of() : counts(oneOnOnes.countWaitingTopics(ids));
        Map<Long, Long> open = ids.isEmpty() ? Map.of() : counts(oneOnOnes.countOpenActions(ids));
        return reports.stream().map(r -> {
            OneOnOne o = byReport.get(r.id());
            return o == null ? new OneOnOneSummary(null, r.id(), r.displayName(), user.personId(),
                    user.displayName(), null, 0, 0)
                    : new OneOnOneSummary(o.getId(), r.id(), r.displayName(), user.personId(), user.displayName(),
                            o.getLastHeldOn(), open.getOrDefault(o.getId(), 0L), waiting.getOrDefault(o.getId(), 0L));
        }).toList();
    }

    public long countMyReports() {
        return people.countDirectReports(access.user().personId());
    }

    /** The caller's 1:1 with their current manager; empty when they have no manager. */
    public Optional<OneOnOneSummary> withMyManager() {
        LadderUser user = access.user();
        Long managerId = access.currentManagerOf(user.personId());
        if (managerId == null) {
            return Optional.empty();
        }
        String managerName = access.person(managerId).displayName();
        Optional<OneOnOne> o = oneOnOnes.findByManagerIdAndReportId(managerId, user.personId());
        if (o.isEmpty()) {
            return Optional.of(new OneOnOneSummary(null, user.personId(), user.displayName(), managerId, managerName,
                    null, 0, 0));
        }
        long id = o.get().getId();
        Map<Long, Long> waiting = counts(oneOnOnes.countWaitingTopics(List.of(id)));
        Map<Long, Long> open = counts(oneOnOnes.countOpenActions(List.of(id)));
        return Optional.of(new OneOnOneSummary(id, user.personId(), user.displayName(), managerId, managerName,
                o.get().getLastHeldOn(), open.getOrDefault(id, 0L), waiting.getOrDefault(id, 0L)));
    }

    /** Every 1:1 of a report the caller may read (the current pair's first), for the page's "earlier 1:1s". */
    public List<OneOnOneSummary> oneOnOnesOf(long reportId) {
        if (!access.mayReadOneOnOnesOf(reportId)) {
            throw new AccessDeniedException("You have no access to this 1:1.");
        }
        List<OneOnOne> all = oneOnOnes.findByReportIdOrderByStartedAtDesc(reportId).stream()
                .filter(o -> access.level(o).mayRead()).toList();
        Map<Long, String> names = names(Stream.concat(all.stream().map(OneOnOne::getManagerId),
                Stream.of(reportId)).toList());
        return all.stream().map(o -> new OneOnOneSummary(o.getId(), reportId, names.get(reportId), o.getManagerId(),
                names.get(o.getManagerId()), o.getLastHeldOn(), 0, 0)).toList();
    }

    /** A 1:1's page as the caller may see it. */
    public OneOnOnePage page(long oneOnOneId) {
        OneOnOne o = oneOnOnes.findById(oneOnOneId)
                .orElseThrow(() -> new AccessDeniedException("You have no access to this 1:1."));
        OneOnOneAccess.Level level = access.requireRead(o);
        long me = access.user().personId();
        boolean work = level == OneOnOneAccess.Level.WORK;
        LocalDate today = LocalDate.now(clock);

        List<AgendaTopic> agenda = topics.current(oneOnOneId);
        List<OneOnOneNote> myNotes = notes.currentReadableBy(oneOnOneId, me);
        List<ActionItem> items = actions.current(oneOnOneId);
        List<OneOnOneMeeting> held = meetings.latest(oneOnOneId, PageRequest.of(0, OneOnOneLimits.MEETINGS_SHOWN));
        List<Long> heldIds = held.stream().map(OneOnOneMeeting::getId).toList();
        List<AgendaTopic> heldTopics = heldIds.isEmpty() ? List.of() : topics.ofMeetings(heldIds);
        List<OneOnOneNote> heldNotes = heldIds.isEmpty() ? List.of() : notes.ofMeetingsReadableBy(heldIds, me);
        List<ActionItem> heldActions = heldIds.isEmpty() ? List.of() : actions.ofMeetings(heldIds);

        Set<Long> personIds = new HashSet<>(List.of(o.getManagerId(), o.getReportId()));
        Stream.of(agenda, heldTopics).flatMap(List::stream).map(AgendaTopic::getAddedBy)
                .filter(java.util.Objects::nonNull).forEach(personIds::add);
        held.forEach(m -> personIds.add(m.getRecordedBy()));
        Map<Long, String> names = names(personIds);
        Map<Long, String> goalWords = goalWords(o.getReportId(), Stream.of(agenda, heldTopics).flatMap(List::stream)
                .map(AgendaTopic::getGoalId).filter(java.util.Objects::nonNull).toList());

        List<OneOnOnePage.Meeting> meetingViews = new ArrayList<>();
        for (OneOnOneMeeting m : held) {
            meetingViews.add(new OneOnOnePage.Meeting(m.getId(), m.getHeldOn(), names.get(m.getRecordedBy()),
                    heldTopics.stream().filter(t -> t.getMeeting().getId().equals(m.getId()))
                            .map(t -> topic(t, names, goalWords, me, false)).toList(),
                    heldNotes.stream().filter(n -> n.getMeeting().getId().equals(m.getId()))
                            .map(n -> note(n, names, me)).toList(),
                    heldActions.stream().filter(a -> a.getMeeting().getId().equals(m.getId()))
                            .map(a -> action(a, names, today)).toList()));
        }
        return new OneOnOnePage(o.getId(), o.getVersion(), o.getManagerId(), names.get(o.getManagerId()),
                o.getReportId(), names.get(o.getReportId()), access.isCurrent(o), work,
                work && me == o.getManagerId(), o.getLastHeldOn(),
                agenda.stream().map(t -> topic(t, names, goalWords, me, work)).toList(),
                myNotes.stream().map(n -> note(n, names, me)).toList(),
                items.stream().map(a -> action(a, names, today)).toList(),
                meetingViews, meetings.countOf(oneOnOneId));
    }

    /**
     * The report's goals beside the 1:1 (active ones, those needing attention first), with their latest check-in,
     * as the caller may see them.
     */
    public List<GoalInTalk> goalsOf(long oneOnOneId) {
        OneOnOne o = oneOnOnes.findById(oneOnOneId)
                .orElseThrow(() -> new AccessDeniedException("You have no access to this 1:1."));
        access.requireRead(o);
        List<GoalRef> goals = personGoals.of(o.getReportId()).stream()
                .filter(g -> g.status() == GoalStatus.ACTIVE).toList();
        Map<Long, GoalInTalk> latest = checkIns.latest(o.getReportId(), goals);
        return goals.stream().map(g -> latest.getOrDefault(g.id(), new GoalInTalk(g, null, null, null, null)))
                .sorted(Comparator.comparing((GoalInTalk g) -> !g.needsAttention()))
                .toList();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private OneOnOnePage.Topic topic(AgendaTopic t, Map<Long, String> names, Map<Long, String> goalWords, long me,
            boolean work) {
        String text = t.getGoalId() == null ? t.getText()
                : goalWords.getOrDefault(t.getGoalId(), "A goal rated at risk at a check-in");
        boolean mine = t.getAddedBy() != null && t.getAddedBy() == me;
        return new OneOnOnePage.Topic(t.getId(), t.getVersion(), text, t.getGoalId(),
                t.getAddedBy() == null ? "Check-in" : names.get(t.getAddedBy()), t.getAddedAt(), t.isDiscussed(),
                work && mine && t.getGoalId() == null && t.isCurrent(), work && t.mayBeRemovedBy(me));
    }

    private static OneOnOnePage.Note note(OneOnOneNote n, Map<Long, String> names, long me) {
        return new OneOnOnePage.Note(n.getId(), n.getVersion(), n.getText(), n.isShared(), n.getAuthorId() == me,
                names.get(n.getAuthorId()), n.getWrittenAt(), n.getUpdatedAt());
    }

    private static OneOnOnePage.Action action(ActionItem a, Map<Long, String> names, LocalDate today) {
        return new OneOnOnePage.Action(a.getId(), a.getVersion(), a.getText(), a.getOwnerId(),
                names.get(a.getOwnerId()), a.getDueOn(), a.isDone(), a.isOverdue(today));
    }

    /** "“Title” is at risk" (or off track, as the latest check-in rated it) for the goals the caller may see. */
    private Map<Long, String> goalWords(long reportId, Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> words = new HashMap<>();
        List<GoalRef> goals = personGoals.of(reportId).stream().filter(g -> goalIds.contains(g.id())).toList();
        Map<Long, GoalInTalk> latest = checkIns.latest(reportId, goals);
        for (GoalRef g : goals) {
            GoalInTalk l = latest.get(g.id());
            String state = l != null && l.confidence() != null && l.confidence().needsAttention()
                    ? l.confidence().label().toLowerCase(java.util.Locale.ROOT) : "at risk";
            words.put(g.id(), "“" + g.title() + "” is " + state);
        }
        return words;
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        people.summaries(List.copyOf(new HashSet<>(ids))).forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }

    private static List<Long> ids(Collection<OneOnOne> all) {
        return all.stream().map(OneOnOne::getId).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        if (rows == null) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }
}
