package org.ladder.conversations;

import java.time.Clock;
import java.util.List;

import org.ladder.base.audit.AuditLog;
import org.ladder.checkins.CheckInSubmitted;
import org.ladder.conversations.domain.AgendaTopic;
import org.ladder.conversations.domain.AgendaTopicRepository;
import org.ladder.conversations.domain.OneOnOne;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A check-in that rates goals at risk or off track heads the next 1:1's agenda: just before the check-in commits,
 * in its transaction, each such goal becomes a topic of the person's 1:1 with their manager (started if need be),
 * unless one about the same goal is still waiting. The topics commit with the check-in or not at all: a failure
 * here undoes the check-in, which the person sees and submits again, instead of a check-in whose topic is silently
 * lost (ADR 0031). Running in the same transaction also needs no second database connection per submit, which an
 * after-commit listener in a transaction of its own did (the pool ran dry under concurrent check-ins).
 */
@Component
class CheckInTopics {

    private final OneOnOnePairs pairs;
    private final AgendaTopicRepository topics;
    private final AuditLog audit;
    private final Clock clock;

    CheckInTopics(OneOnOnePairs pairs, AgendaTopicRepository topics, AuditLog audit, Clock clock) {
        this.pairs = pairs;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CheckInSubmitted event) {
        if (event.managerId() == null || event.needsAttention().isEmpty()
                || event.managerId() == event.personId()) {
            return;
        }
        add(event);
    }

    private void add(CheckInSubmitted event) {
        OneOnOne oneOnOne = pairs.findOrStart(event.managerId(), event.personId());
        List<AgendaTopic> current = topics.current(oneOnOne.getId());
        for (Long goalId : event.needsAttention().stream().distinct().toList()) {
            if (current.stream().noneMatch(t -> t.isWaitingAbout(goalId))) {
                AgendaTopic topic = topics.save(AgendaTopic.goalNeedsAttention(oneOnOne, goalId, clock.instant()));
                audit.record("one-on-one.topic-from-check-in", OneOnOnes.SUBJECT, oneOnOne.getId(),
                        "topic " + topic.getId() + ", goal " + goalId + ", check-in " + event.checkInId());
            }
        }
    }
}
