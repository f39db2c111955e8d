package org.ladder.notifications;

import java.util.List;

import org.ladder.conversations.FeedbackGiven;
import org.ladder.conversations.FeedbackKind;
import org.ladder.conversations.FeedbackRequestAnswered;
import org.ladder.conversations.FeedbackRequestExpired;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feedback's words, as {@link NotificationListeners} writes the other modules': who gave what kind of feedback, never
 * its text (it stays in the portal). Feedback visible to its receiver tells the receiver; private feedback tells the
 * receiver's manager as {@code conversations} chose — never the receiver, checked here once more. A request's
 * answer or expiry tells the requester.
 */
@Component
class FeedbackNotifications {

    static final String LINK = "feedback";

    private final NotificationService notifications;
    private final PeopleService people;

    FeedbackNotifications(NotificationService notifications, PeopleService people) {
        this.notifications = notifications;
        this.people = people;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(FeedbackGiven event) {
        Long tell = event.tell();
        if (tell == null || tell == event.giverId() || (event.privateToManagers() && tell == event.receiverId())) {
            return;
        }
        String giver = name(event.giverId());
        if (event.privateToManagers()) {
            notifications.notify(List.of(tell), NotificationKind.OUTCOME, giver + " gave private feedback about "
                    + name(event.receiverId()), "Only " + name(event.receiverId()) + "'s managers and HR can read it: "
                    + "open your team's feedback in Ladder.", LINK);
            return;
        }
        String what = event.kind() == FeedbackKind.PRAISE ? "praise" : "constructive feedback";
        notifications.notify(List.of(tell), NotificationKind.OUTCOME, giver + " gave you " + what,
                "Read it on your feedback page.", LINK);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(FeedbackRequestAnswered event) {
        String colleague = name(event.colleagueId());
        if (event.declined()) {
            notifications.notify(List.of(event.requesterId()), NotificationKind.OUTCOME,
                    colleague + " declined your feedback request", event.reason() == null
                            ? "They gave no reason. You could ask someone else." : "They said: " + event.reason(),
                    LINK);
        } else {
            notifications.notify(List.of(event.requesterId()), NotificationKind.OUTCOME,
                    colleague + " answered your feedback request", "Read it on your feedback page.", LINK);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(FeedbackRequestExpired event) {
        notifications.notify(List.of(event.requesterId()), NotificationKind.OUTCOME,
                "Your feedback request to " + name(event.colleagueId()) + " expired",
                "It was not answered long after its due date. You could ask again, or ask someone else.", LINK);
    }

    /** No caller check: the expiry arrives from the engine, with nobody signed in. */
    private String name(long personId) {
        return people.usernameOf(personId).flatMap(people::findByUsername).map(PersonSummary::displayName)
                .orElse("Someone");
    }
}
