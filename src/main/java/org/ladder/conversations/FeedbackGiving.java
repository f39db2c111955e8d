package org.ladder.conversations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.ladder.base.audit.AuditLog;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.conversations.domain.Feedback;
import org.ladder.conversations.domain.FeedbackRepository;
import org.ladder.goals.GoalRef;
import org.ladder.people.PeopleService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving feedback: anyone gives any active colleague (not themselves) praise or constructive feedback, optionally
 * about one of the receiver's goals the giver may see or a value of the published charter, visible to the receiver
 * or private to the receiver's manager chain. Audited; the receiver — or, for private feedback, their manager — is
 * told through {@link FeedbackGiven}.
 */
@Service
@Transactional
public class FeedbackGiving {

    private final FeedbackRepository feedback;
    private final FeedbackAccess access;
    private final FeedbackRows rows;
    private final PeopleService people;
    private final CharterService charter;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackGiving(FeedbackRepository feedback, FeedbackAccess access, FeedbackRows rows, PeopleService people,
            CharterService charter, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.feedback = feedback;
        this.access = access;
        this.rows = rows;
        this.people = people;
        this.charter = charter;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Gives the feedback; returns its id. Every broken rule at once, nothing saved. */
    public long give(FeedbackDraft draft) {
        long me = access.me();
        Feedback given = save(draft, me, null);
        Long tell = given.isPrivate() ? managerToTell(given.getReceiverId(), me).orElse(null) : given.getReceiverId();
        events.publishEvent(new FeedbackGiven(given.getId(), me, given.getReceiverId(), given.getKind(),
                given.isPrivate(), tell));
        return given.getId();
    }

    /** Checks and saves feedback from {@code me} (also the answer to a request, {@code requestId}), audited. */
    Feedback save(FeedbackDraft draft, long me, Long requestId) {
        boolean active = draft.receiverId() != null && draft.receiverId() != me && people.isActive(draft.receiverId());
        boolean goalAllowed = draft.goalId() == null || active
                && rows.goalsOf(draft.receiverId()).containsKey(draft.goalId());
        String value = draft.charterValue() == null || draft.charterValue().isBlank() ? null
                : draft.charterValue().strip();
        boolean valueAllowed = value == null || valueChoices().contains(value);
        FeedbackRules.throwIfAny(FeedbackRules.check(draft, me, active, goalAllowed, valueAllowed));
        Feedback f = feedback.save(new Feedback(me, draft.receiverId(), draft.kind(), draft.visibility(),
                draft.goalId(), value, draft.text().strip(), requestId, clock.instant()));
        audit.record("feedback.given", "feedback", f.getId(), f.getKind() + " to person " + f.getReceiverId() + ", "
                + f.getVisibility() + (requestId == null ? "" : ", answering request " + requestId));
        return f;
    }

    /** The receiver's goals the caller may choose (those the caller may see). */
    @Transactional(readOnly = true)
    public List<GoalRef> goalChoices(long receiverId) {
        access.user();
        return rows.goalChoices(receiverId);
    }

    /** The values of the published charter, by name (empty when none is published). */
    @Transactional(readOnly = true)
    public List<String> valueChoices() {
        return charter.current().map(c -> c.values().stream().map(CharterSnapshot.Value::name).toList())
                .orElse(List.of());
    }

    /** Who reads feedback with this visibility about {@code receiverId}, in plain words, for the form. */
    @Transactional(readOnly = true)
    public String whoReads(long receiverId, FeedbackVisibility visibility) {
        String name = rows.name(receiverId);
        return switch (visibility) {
            case RECEIVER -> name + " reads it, and so do their managers and HR. " + name + " is told about it.";
            case MANAGERS -> "Only " + name + "'s managers and HR read it. " + name
                    + " never sees it and is not told about it.";
        };
    }

    /** The receiver's nearest active manager, unless that is the giver (they know already). */
    private Optional<Long> managerToTell(long receiverId, long giver) {
        return people.managerChain(receiverId).stream().filter(people::isActive).findFirst()
                .filter(m -> m != giver && m != receiverId);
    }

}
