package org.ladder.reviews;

import java.time.Clock;

import org.ladder.base.audit.AuditLog;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes {@link ReviewRoundCompleted} once, in the transaction that finishes the round's last open review: the
 * round's row is locked while it counts, so of the last two reviews finishing at once the later sees the earlier.
 * Listeners that act on it should do so after the commit.
 */
@Component
@Transactional
class RoundCompletion {

    private final ReviewRoundRepository rounds;
    private final ReviewRepository reviews;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    RoundCompletion(ReviewRoundRepository rounds, ReviewRepository reviews, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Call after a review of the round was done or ended (flushed). */
    void check(String roundKey) {
        rounds.lockByRoundKey(roundKey).ifPresent(round -> {
            reviews.flush();
            if (round.completedAt() == null && reviews.countOpen(roundKey) == 0 && reviews.countRound(roundKey) > 0
                    && round.complete(clock.instant())) {
                audit.recordAs("Ladder", "review-round.completed", "review-round", roundKey,
                        reviews.countRound(roundKey) + " reviews done or ended");
                events.publishEvent(new ReviewRoundCompleted(roundKey));
            }
        });
    }
}
