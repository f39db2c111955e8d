package org.ladder.conversations;

import java.util.List;
import java.util.Set;

import org.ladder.base.paging.OffsetPage;
import org.ladder.conversations.domain.FeedbackRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading feedback, newest first, paged: what the caller received (only what is visible to them), what they gave,
 * their reports' (any depth, both visibilities) or — for HR — everyone's, and what they may read of one person's.
 * Private feedback about the caller is in none of these, nor in any count.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackQueries {

    /** Whose feedback the “team” list holds for the caller. */
    public enum TeamScope { NONE, REPORTS, EVERYONE }

    private final FeedbackRepository feedback;
    private final FeedbackAccess access;
    private final FeedbackRows rows;

    FeedbackQueries(FeedbackRepository feedback, FeedbackAccess access, FeedbackRows rows) {
        this.feedback = feedback;
        this.access = access;
        this.rows = rows;
    }

    static Pageable page(long offset, int limit) {
        return OffsetPage.of(offset, Math.max(1, Math.min(limit, 200)));
    }

    public List<FeedbackItem> received(long offset, int limit) {
        return rows.items(feedback.received(access.me(), FeedbackVisibility.RECEIVER, page(offset, limit)));
    }

    public long countReceived() {
        return feedback.countByReceiverIdAndVisibility(access.me(), FeedbackVisibility.RECEIVER);
    }

    public List<FeedbackItem> given(long offset, int limit) {
        return rows.items(feedback.given(access.me(), page(offset, limit)));
    }

    public long countGiven() {
        return feedback.countByGiverId(access.me());
    }

    public TeamScope teamScope() {
        if (access.isHr()) {
            return TeamScope.EVERYONE;
        }
        return access.reports().isEmpty() ? TeamScope.NONE : TeamScope.REPORTS;
    }

    /** The feedback of the caller's reports (HR: of everyone, except private feedback about the caller). */
    public List<FeedbackItem> team(long offset, int limit) {
        return switch (teamScope()) {
            case EVERYONE -> rows.items(feedback.allBut(access.me(), FeedbackVisibility.MANAGERS,
                    page(offset, limit)));
            case REPORTS -> rows.items(feedback.receivedByAny(access.reports(), page(offset, limit)));
            case NONE -> List.of();
        };
    }

    public long countTeam() {
        return switch (teamScope()) {
            case EVERYONE -> feedback.countAllBut(access.me(), FeedbackVisibility.MANAGERS);
            case REPORTS -> {
                Set<Long> reports = access.reports();
                yield feedback.countByReceiverIdIn(reports);
            }
            case NONE -> 0;
        };
    }

    /**
     * What the caller may read of the feedback {@code personId} received: the person themselves what is visible to
     * them; their managers and HR all of it; anyone else only what they gave the person.
     */
    public List<FeedbackItem> receivedBy(long personId, long offset, int limit) {
        long me = access.me();
        if (personId == me) {
            return received(offset, limit);
        }
        if (access.isHr() || access.manages(personId)) {
            return rows.items(feedback.allReceived(personId, page(offset, limit)));
        }
        return rows.items(feedback.givenTo(personId, me, page(offset, limit)));
    }

    public long countReceivedBy(long personId) {
        long me = access.me();
        if (personId == me) {
            return countReceived();
        }
        if (access.isHr() || access.manages(personId)) {
            return feedback.countByReceiverId(personId);
        }
        return feedback.countByReceiverIdAndGiverId(personId, me);
    }

    /** One piece of feedback, if the caller may read it. */
    public java.util.Optional<FeedbackItem> item(long feedbackId) {
        return feedback.findById(feedbackId).filter(access::mayRead).map(f -> rows.items(List.of(f)).get(0));
    }
}
