package org.ladder.conversations;

import java.time.Clock;
import java.util.List;

import org.ladder.base.audit.AuditLog;
import org.ladder.checkins.CheckInSubmitted;
import org.ladder.conversations.domain.AgendaTopic;
import org.ladder.conversations.domain.AgendaTopicRepository;
import org.ladder.conversations.domain.OneOnOne;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A check-in that rates goals at risk or off track heads the next 1:1's agenda: once the check-in has committed,
 * each such goal becomes a topic of the person's 1:1 with their manager (started if need be), unless one about the
 * same goal is still waiting. A failure here never undoes the check-in (it has committed); it is logged.
 */
@Component
class CheckInTopics {

    private static final Logger log = LoggerFactory.getLogger(CheckInTopics.class);

    private final OneOnOnePairs pairs;
    private final AgendaTopicRepository topics;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CheckInTopics(OneOnOnePairs pairs, AgendaTopicRepository topics, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
        this.pairs = pairs;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CheckInSubmitted event) {
        if (event.managerId() == null || event.needsAttention().isEmpty()
                || event.managerId() == event.personId()) {
            return;
        }
        try {
            transaction.executeWithoutResult(s -> add(event));
        } catch (RuntimeException e) {
            log.error("Check-in {}: its at-risk goals were not put on the 1:1 agenda of person {}",
                    event.checkInId(), event.personId(), e);
        }
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
