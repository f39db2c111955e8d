package org.ladder.conversations;

import java.util.Set;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.conversations.domain.Feedback;
import org.ladder.people.PeopleService;
import org.springframework.stereotype.Component;

/**
 * Who reads which feedback: the giver; the receiver only what is visible to them; the receiver's manager chain (any
 * depth) and HR everything — except that nobody, HR included, reads private feedback about themselves.
 */
@Component
class FeedbackAccess {

    private final CurrentUser currentUser;
    private final PeopleService people;

    FeedbackAccess(CurrentUser currentUser, PeopleService people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    LadderUser user() {
        return currentUser.require();
    }

    long me() {
        return user().personId();
    }

    boolean isHr() {
        return currentUser.hasRole(Role.HR);
    }

    /** Whether the caller is in {@code personId}'s manager chain. */
    boolean manages(long personId) {
        return people.managerChain(personId).contains(me());
    }

    boolean mayRead(Feedback feedback) {
        long me = me();
        return feedback.readableBy(me, isHr(), me != feedback.getReceiverId() && manages(feedback.getReceiverId()));
    }

    /** Everyone reporting to the caller, directly or not. */
    Set<Long> reports() {
        return people.subordinateIds(me());
    }
}
