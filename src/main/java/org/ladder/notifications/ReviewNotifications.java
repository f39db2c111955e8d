package org.ladder.notifications;

import java.util.List;

import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.RatingRevised;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reviews' words, as {@link NotificationListeners} writes the other modules': a calibration changed a rating of a
 * review, and its manager is told which rating and how (the reason stays in the review, which only the manager chain,
 * the head of unit and HR read). The person under review is never told of a calibration.
 */
@Component
class ReviewNotifications {

    private final NotificationService notifications;
    private final PeopleService people;

    ReviewNotifications(NotificationService notifications, PeopleService people) {
        this.notifications = notifications;
        this.people = people;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RatingRevised event) {
        Long manager = event.managerId();
        if (manager == null || manager.equals(event.revisedById()) || manager == event.personId()) {
            return;
        }
        notifications.notify(List.of(manager), NotificationKind.OUTCOME,
                "The calibration changed a rating of " + name(event.personId()) + "'s review",
                event.kind().label() + ": " + event.fromRating() + " → " + event.toRating() + ", changed by "
                        + (event.revisedById() == null ? "HR" : name(event.revisedById()))
                        + ". Read the reason in the review.",
                "reviews/" + event.reviewId());
    }

    /** No caller check: the revision may come with nobody else signed in. */
    private String name(long personId) {
        return people.usernameOf(personId).flatMap(people::findByUsername).map(PersonSummary::displayName)
                .orElse("Someone");
    }
}
