package org.ladder.conversations.workflow;

import java.time.Clock;

import org.ladder.base.audit.AuditLog;
import org.ladder.conversations.FeedbackRequestExpired;
import org.ladder.conversations.domain.FeedbackRequest;
import org.ladder.conversations.domain.FeedbackRequestRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step of {@code feedback-request} only the engine takes: a request long overdue expires (the process owns
 * that decision: the step changes the request, and the interrupting timer has already ended the task). The
 * requester is told. Package-private: only {@link FeedbackDelegates} calls it.
 */
@Component
@Transactional
class FeedbackEngineSteps {

    private static final Logger log = LoggerFactory.getLogger(FeedbackEngineSteps.class);

    private final FeedbackRequestRepository requests;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackEngineSteps(FeedbackRequestRepository requests, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    void expire(long requestId) {
        FeedbackRequest request = requests.findById(requestId).orElse(null);
        if (request == null || !request.isOpen()) {
            log.info("Feedback request {} already closed: nothing expires", requestId);
            return;
        }
        request.expire(clock.instant());
        requests.save(request);
        audit.record("feedback.request.expired", "feedback-request", requestId, null);
        events.publishEvent(new FeedbackRequestExpired(requestId, request.getRequesterId(), request.getColleagueId()));
    }
}
