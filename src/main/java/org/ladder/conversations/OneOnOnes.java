package org.ladder.conversations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.LadderUser;
import org.ladder.checkins.CadenceTasks;
import org.ladder.conversations.domain.ActionItem;
import org.ladder.conversations.domain.ActionItemRepository;
import org.ladder.conversations.domain.AgendaTopic;
import org.ladder.conversations.domain.AgendaTopicRepository;
import org.ladder.conversations.domain.OneOnOne;
import org.ladder.conversations.domain.OneOnOneItem;
import org.ladder.conversations.domain.OneOnOneMeeting;
import org.ladder.conversations.domain.OneOnOneMeetingRepository;
import org.ladder.conversations.domain.OneOnOneNote;
import org.ladder.conversations.domain.OneOnOneNoteRepository;
import org.ladder.conversations.domain.OneOnOneRepository;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskInfo;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working on a 1:1: its manager and report add topics to the shared agenda and tick them off, write notes (private
 * or shared), agree action items and mark them done, and record the meeting as held — which carries undiscussed
 * topics and open action items over to the next one and completes the manager's open "hold the 1:1" task of the
 * pair. Every change names the version it was made on: two people editing one agenda at once only collide on the
 * very same item, and the second is told (nothing of either is lost). Every change is audited.
 */
@Service
@Transactional
public class OneOnOnes {

    static final String SUBJECT = "one-on-one";

    private final OneOnOneRepository oneOnOnes;
    private final AgendaTopicRepository topics;
    private final OneOnOneNoteRepository notes;
    private final ActionItemRepository actions;
    private final OneOnOneMeetingRepository meetings;
    private final OneOnOnePairs pairs;
    private final OneOnOneAccess access;
    private final InboxService inbox;
    private final AuditLog audit;
    private final Clock clock;

    OneOnOnes(OneOnOneRepository oneOnOnes, AgendaTopicRepository topics, OneOnOneNoteRepository notes,
            ActionItemRepository actions, OneOnOneMeetingRepository meetings, OneOnOnePairs pairs,
            OneOnOneAccess access, InboxService inbox, AuditLog audit, Clock clock) {
        this.oneOnOnes = oneOnOnes;
        this.topics = topics;
        this.notes = notes;
        this.actions = actions;
        this.meetings = meetings;
        this.pairs = pairs;
        this.access = access;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The 1:1 the caller opens for a report: the report and their current manager's. The two of them start it on
     * their first visit; the chain and HR only read one that exists. Empty when there is none to read (or the
     * report has no manager).
     */
    public Optional<Long> open(long reportId) {
        LadderUser user = access.user();
        if (!access.mayReadOneOnOnesOf(reportId)) {
            throw new AccessDeniedException("You have no access to this 1:1.");
        }
        Long managerId = access.currentManagerOf(reportId);
        if (managerId == null) {
            return Optional.empty();
        }
        boolean participant = user.personId() == reportId || user.personId() == managerId;
        Optional<OneOnOne> oneOnOne = participant ? Optional.of(pairs.findOrStart(managerId, reportId))
                : pairs.find(managerId, reportId);
        return oneOnOne.map(OneOnOne::getId);
    }

    // --- the agenda ----------------------------------------------------------------------------------------------

    /** Either of the two adds a topic at the end of the agenda. */
    public long addTopic(long oneOnOneId, String text) {
        OneOnOne oneOnOne = loadForWork(oneOnOneId);
        String words = OneOnOneRules.text(text, "topic", OneOnOneLimits.TOPIC_MAX_LENGTH,
                "Say what you would like to talk about.");
        if (topics.countCurrent(oneOnOneId) >= OneOnOneLimits.AGENDA_MAX_TOPICS) {
            throw new ValidationException(Map.of("topic", "The agenda holds at most "
                    + OneOnOneLimits.AGENDA_MAX_TOPICS + " topics: tick some off or hold the 1:1 first."));
        }
        AgendaTopic topic = topics.save(AgendaTopic.raisedBy(oneOnOne, access.user().personId(), words, now()));
        audit.record("one-on-one.topic-added", SUBJECT, oneOnOneId, "topic " + topic.getId());
        return topic.getId();
    }

    /** The person who added a topic changes its words. */
    public void editTopic(long topicId, long version, String text) {
        AgendaTopic topic = item(topics.findById(topicId), version, "topic");
        LadderUser user = access.requireWork(topic.getOneOnOne());
        String words = OneOnOneRules.text(text, "topic", OneOnOneLimits.TOPIC_MAX_LENGTH,
                "Say what you would like to talk about.");
        change(() -> topic.edit(user.personId(), words), "topic");
        flush(topics::flush, "topic");
        audit.record("one-on-one.topic-edited", SUBJECT, topic.getOneOnOne().getId(), "topic " + topicId);
    }

    /** Ticks a topic off as discussed (or puts it back on the agenda). */
    public void setDiscussed(long topicId, long version, boolean discussed) {
        AgendaTopic topic = item(topics.findById(topicId), version, "topic");
        access.requireWork(topic.getOneOnOne());
        change(() -> {
            if (discussed) {
                topic.discuss(now());
            } else {
                topic.reopen();
            }
        }, "topic");
        flush(topics::flush, "topic");
        audit.record(discussed ? "one-on-one.topic-discussed" : "one-on-one.topic-reopened", SUBJECT,
                topic.getOneOnOne().getId(), "topic " + topicId);
    }

    /** The person who added a topic takes it off the agenda before it is discussed. */
    public void removeTopic(long topicId, long version) {
        AgendaTopic topic = item(topics.findById(topicId), version, "topic");
        LadderUser user = access.requireWork(topic.getOneOnOne());
        if (!topic.mayBeRemovedBy(user.personId())) {
            throw new ValidationException(Map.of("topic", "Only the person who added a topic takes it off the "
                    + "agenda, and only before it is discussed."));
        }
        topics.delete(topic);
        flush(topics::flush, "topic");
        audit.record("one-on-one.topic-removed", SUBJECT, topic.getOneOnOne().getId(), "topic " + topicId);
    }

    // --- notes ---------------------------------------------------------------------------------------------------

    /** Either of the two writes a note: private (theirs alone) or shared with the other. */
    public long addNote(long oneOnOneId, String text, boolean shared) {
        OneOnOne oneOnOne = loadForWork(oneOnOneId);
        long me = access.user().personId();
        String words = OneOnOneRules.text(text, "note", OneOnOneLimits.NOTE_MAX_LENGTH, "Write the note first.");
        long mine = notes.currentReadableBy(oneOnOneId, me).stream().filter(n -> n.getAuthorId() == me).count();
        if (mine >= OneOnOneLimits.NOTES_PER_MEETING_MAX) {
            throw new ValidationException(Map.of("note", "At most " + OneOnOneLimits.NOTES_PER_MEETING_MAX
                    + " notes of yours per 1:1: add to one you wrote."));
        }
        OneOnOneNote note = notes.save(new OneOnOneNote(oneOnOne, me, words, shared, now()));
        audit.record(shared ? "one-on-one.note-shared" : "one-on-one.note-written", SUBJECT, oneOnOneId,
                "note " + note.getId());
        return note.getId();
    }

    /** The writer changes a note's words or whether it is shared. */
    public void editNote(long noteId, long version, String text, boolean shared) {
        OneOnOneNote note = notes.findById(noteId).filter(n -> n.getAuthorId() == access.user().personId())
                .orElseThrow(() -> new AccessDeniedException("You have no such note."));
        access.requireWork(note.getOneOnOne());
        OneOnOneNote current = item(Optional.of(note), version, "note");
        String words = OneOnOneRules.text(text, "note", OneOnOneLimits.NOTE_MAX_LENGTH, "Write the note first.");
        change(() -> current.edit(access.user().personId(), words, shared, now()), "note");
        flush(notes::flush, "note");
        audit.record("one-on-one.note-edited", SUBJECT, note.getOneOnOne().getId(), "note " + noteId
                + (shared ? " (shared)" : " (private)"));
    }

    // --- action items --------------------------------------------------------------------------------------------

    /** Either of the two agrees an action item for one of them, optionally by a date. */
    public long addAction(long oneOnOneId, String text, long ownerId, LocalDate dueOn) {
        OneOnOne oneOnOne = loadForWork(oneOnOneId);
        String words = checkAction(oneOnOne, text, ownerId, dueOn);
        if (actions.countCurrent(oneOnOneId) >= OneOnOneLimits.OPEN_ACTIONS_MAX) {
            throw new ValidationException(Map.of("action", "At most " + OneOnOneLimits.OPEN_ACTIONS_MAX
                    + " action items at once: mark some done first."));
        }
        ActionItem item = actions.save(new ActionItem(oneOnOne, access.user().personId(), words, ownerId, dueOn,
                now()));
        audit.record("one-on-one.action-added", SUBJECT, oneOnOneId, "action " + item.getId() + " for person "
                + ownerId);
        return item.getId();
    }

    public void changeAction(long actionId, long version, String text, long ownerId, LocalDate dueOn) {
        ActionItem item = item(actions.findById(actionId), version, "action");
        access.requireWork(item.getOneOnOne());
        String words = checkAction(item.getOneOnOne(), text, ownerId, dueOn);
        change(() -> item.change(words, ownerId, dueOn), "action");
        flush(actions::flush, "action");
        audit.record("one-on-one.action-changed", SUBJECT, item.getOneOnOne().getId(), "action " + actionId);
    }

    /** Marks an action item done (or open again). */
    public void setDone(long actionId, long version, boolean done) {
        ActionItem item = item(actions.findById(actionId), version, "action");
        access.requireWork(item.getOneOnOne());
        change(() -> {
            if (done) {
                item.complete(now());
            } else {
                item.reopen();
            }
        }, "action");
        flush(actions::flush, "action");
        audit.record(done ? "one-on-one.action-done" : "one-on-one.action-reopened", SUBJECT,
                item.getOneOnOne().getId(), "action " + actionId);
    }

    // --- holding it ----------------------------------------------------------------------------------------------

    /**
     * The manager records the 1:1 as held on {@code heldOn} (today or earlier): discussed topics, done action items
     * and the notes so far become that meeting's, the rest is carried over; the manager's open "hold the 1:1" task
     * for this report is completed in the same transaction.
     *
     * @param version the 1:1's version as the page loaded it (two people holding it at once: the second is told)
     */
    public long hold(long oneOnOneId, long version, LocalDate heldOn) {
        OneOnOne oneOnOne = loadForWork(oneOnOneId);
        LadderUser user = access.user();
        if (user.personId() != oneOnOne.getManagerId()) {
            throw new AccessDeniedException("The manager records the 1:1 as held.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (heldOn == null) {
            errors.put("heldOn", "Say when the 1:1 was held.");
        } else if (heldOn.isAfter(today)) {
            errors.put("heldOn", "A 1:1 is marked held on the day or after, not ahead.");
        } else if (heldOn.isBefore(today.minusYears(1))) {
            errors.put("heldOn", "That is more than a year ago: pick the day it was held.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (oneOnOne.getVersion() != version) {
            throw new ConcurrentEditException("This 1:1 was marked held meanwhile. Reload to see what is left for "
                    + "the next one.");
        }
        OneOnOneMeeting meeting = change(() -> oneOnOne.hold(heldOn, user.personId(), now(),
                topics.current(oneOnOneId), actions.current(oneOnOneId), notes.allCurrent(oneOnOneId)), "oneOnOne");
        meetings.save(meeting);
        flush(oneOnOnes::flush, "oneOnOne");
        openTaskFor(oneOnOne.getReportId()).ifPresent(task -> inbox.complete(task.id(), Map.of()));
        audit.record("one-on-one.held", SUBJECT, oneOnOneId, "held on " + heldOn + ", meeting " + meeting.getId());
        return meeting.getId();
    }

    /** The caller's open "hold the 1:1" task of the cadence for this report, if there is one. */
    Optional<TaskInfo> openTaskFor(long reportId) {
        int page = 100;
        for (long offset = 0; offset < 10_000; offset += page) {
            List<TaskInfo> mine = inbox.myTasks(offset, page);
            Optional<TaskInfo> found = mine.stream().filter(CadenceTasks::isOneOnOne)
                    .filter(t -> CadenceTasks.personOf(t) == reportId).findFirst();
            if (found.isPresent() || mine.size() < page) {
                return found;
            }
        }
        return Optional.empty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private OneOnOne loadForWork(long oneOnOneId) {
        OneOnOne oneOnOne = oneOnOnes.findById(oneOnOneId)
                .orElseThrow(() -> new AccessDeniedException("You have no access to this 1:1."));
        access.requireWork(oneOnOne);
        return oneOnOne;
    }

    private String checkAction(OneOnOne oneOnOne, String text, long ownerId, LocalDate dueOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        String words = null;
        try {
            words = OneOnOneRules.text(text, "action", OneOnOneLimits.ACTION_MAX_LENGTH,
                    "Say what is to be done.");
        } catch (ValidationException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!oneOnOne.isBetween(ownerId)) {
            errors.put("owner", "An action item is for one of you two.");
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            errors.put("due", "The due date is in the past.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return words;
    }

    /** The item the page showed, at the version it showed it; else the other's change stands and the caller is told. */
    private <T extends OneOnOneItem> T item(Optional<T> found, long version, String what) {
        T item = found.orElseThrow(() -> new ConcurrentEditException(OneOnOneRules.gone(what)));
        access.requireRead(item.getOneOnOne());
        if (item.getVersion() != version) {
            throw new ConcurrentEditException(OneOnOneRules.changedMeanwhile(what));
        }
        return item;
    }

    private static void change(Runnable change, String what) {
        change(() -> {
            change.run();
            return null;
        }, what);
    }

    private static <T> T change(Supplier<T> change, String what) {
        try {
            return change.get();
        } catch (IllegalStateException e) {
            throw new ValidationException(Map.of(what, e.getMessage()));
        }
    }

    private static void flush(Runnable flush, String what) {
        try {
            flush.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(OneOnOneRules.changedMeanwhile(what));
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
