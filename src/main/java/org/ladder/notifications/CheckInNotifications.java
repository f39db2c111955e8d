package org.ladder.notifications;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ladder.checkins.CheckInQueries;
import org.ladder.checkins.CheckInSubmitted;
import org.ladder.checkins.CheckInView;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A check-in that rates goals at risk or off track tells the person's manager at once (a notification, and so an
 * e-mail), naming the person and the goals with their confidence and blockers. It commits with the check-in
 * ({@code BEFORE_COMMIT}, as {@link NotificationListeners}); the words are read with the submitter's rights (the
 * submitter is the one signed in), so nothing reaches the manager that the manager may not see.
 */
@Component
class CheckInNotifications {

    private final NotificationService notifications;
    private final CheckInQueries checkIns;
    private final PeopleService people;

    CheckInNotifications(NotificationService notifications, CheckInQueries checkIns, PeopleService people) {
        this.notifications = notifications;
        this.checkIns = checkIns;
        this.people = people;
    }

    /** Tells the manager about the goals a check-in rated at risk or off track. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CheckInSubmitted event) {
        if (event.needsAttention().isEmpty() || event.managerId() == null
                || event.managerId() == event.personId()) {
            return;
        }
        String person = people.summaries(List.of(event.personId())).stream().findFirst()
                .map(PersonSummary::displayName).orElse("Someone you manage");
        Optional<CheckInView> checkIn = checkIns.checkIn(event.checkInId());
        int count = event.needsAttention().size();
        String title = person + " rated " + (count == 1 ? "a goal" : count + " goals") + " at risk or off track";
        String body = checkIn.map(c -> c.needingAttention().stream()
                        .map(g -> "“" + g.goalTitle() + "”: " + g.confidence().label().toLowerCase()
                                + (g.blockers() == null ? "" : " (blockers: " + g.blockers() + ")"))
                        .collect(Collectors.joining("; ")) + ". It heads your next 1:1 with " + person + ".")
                .orElse("See the check-in for the goals that need attention.");
        notifications.notify(List.of(event.managerId()), NotificationKind.ATTENTION, title, body,
                "check-ins/" + event.personId(), "check-in:" + event.checkInId());
    }
}
