package org.ladder.checkins;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.PeopleService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may read a person's check-ins: the person, their manager chain, and HR; nobody else. */
@Component
class CheckInAccess {

    private final CurrentUser currentUser;
    private final PeopleService people;

    CheckInAccess(CurrentUser currentUser, PeopleService people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    LadderUser user() {
        return currentUser.require();
    }

    boolean maySee(long personId) {
        LadderUser user = currentUser.require();
        return user.personId() == personId || currentUser.hasRole(Role.HR)
                || people.managerChain(personId).contains(user.personId());
    }

    void requireMaySee(long personId) {
        if (!maySee(personId)) {
            throw new AccessDeniedException("You cannot see this person's check-ins.");
        }
    }
}
