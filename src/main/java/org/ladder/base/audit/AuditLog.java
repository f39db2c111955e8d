package org.ladder.base.audit;

import java.time.Clock;
import java.util.List;

import org.ladder.base.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail inside the caller's transaction, so a change and its audit line commit or roll back
 * together.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, String details) {
        events.save(new AuditEvent(clock.instant(), currentUser.actorName(), action, subjectType,
                subjectId == null ? null : String.valueOf(subjectId), details));
    }

    /** For events whose actor is not the signed-in person, e.g. a sign-in attempt (the name typed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String subjectType, Object subjectId, String details) {
        events.save(new AuditEvent(clock.instant(), actor, action, subjectType,
                subjectId == null ? null : String.valueOf(subjectId), details));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> recent(String action, int max) {
        return events.findByActionOrderByOccurredAtDesc(action, PageRequest.of(0, max));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(String subjectType, Object subjectId, int max) {
        return events.findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(subjectType, String.valueOf(subjectId),
                PageRequest.of(0, max));
    }
}
