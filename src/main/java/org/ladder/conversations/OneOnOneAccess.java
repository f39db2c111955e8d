package org.ladder.conversations;

import java.util.Objects;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.conversations.domain.OneOnOne;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a 1:1. Its manager and report work on it while the report still reports to that manager;
 * the report's manager chain and HR read it; the report keeps reading the 1:1s of their former managers. Nobody
 * else sees it. Private notes are not decided here: they are their writer's alone, whoever asks.
 */
@Component
class OneOnOneAccess {

    /** What the caller may do with a 1:1. */
    enum Level {
        NONE, READ, WORK;

        boolean mayRead() {
            return this != NONE;
        }
    }

    private static final String NOT_YOURS = "You have no access to this 1:1.";

    private final CurrentUser currentUser;
    private final PeopleService people;

    OneOnOneAccess(CurrentUser currentUser, PeopleService people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    LadderUser user() {
        return currentUser.require();
    }

    /** Whether the pair is still manager and report (else the 1:1 is kept for the record, read-only). */
    boolean isCurrent(OneOnOne oneOnOne) {
        return people.managerChain(oneOnOne.getReportId()).stream().findFirst()
                .map(m -> m == oneOnOne.getManagerId()).orElse(false)
                && people.isActive(oneOnOne.getReportId()) && people.isActive(oneOnOne.getManagerId());
    }

    Level level(OneOnOne oneOnOne) {
        LadderUser user = user();
        long me = user.personId();
        if (oneOnOne.isBetween(me) && isCurrent(oneOnOne)) {
            return Level.WORK;
        }
        if (me == oneOnOne.getReportId() || user.hasRole(Role.HR)
                || people.managerChain(oneOnOne.getReportId()).contains(me)) {
            return Level.READ;
        }
        return Level.NONE;
    }

    /** The caller may read it, or is refused as if it did not exist. */
    Level requireRead(OneOnOne oneOnOne) {
        Level level = level(oneOnOne);
        if (!level.mayRead()) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        return level;
    }

    /** The caller is the manager or the report of a current pair. */
    LadderUser requireWork(OneOnOne oneOnOne) {
        Level level = requireRead(oneOnOne);
        if (level != Level.WORK) {
            throw new AccessDeniedException(isCurrent(oneOnOne)
                    ? "You can read this 1:1; only " + "its manager and report change it."
                    : "This 1:1 ended when the reporting line changed: it is kept as it was.");
        }
        return user();
    }

    /** Whether the caller may read the 1:1s of this person (themselves, their manager chain, HR). */
    boolean mayReadOneOnOnesOf(long reportId) {
        LadderUser user = user();
        return user.personId() == reportId || user.hasRole(Role.HR)
                || people.managerChain(reportId).contains(user.personId());
    }

    /** The report's current manager, if they have one. */
    Long currentManagerOf(long reportId) {
        return people.managerChain(reportId).stream().findFirst().orElse(null);
    }

    PersonSummary person(long personId) {
        return people.summaries(java.util.List.of(personId)).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException(NOT_YOURS));
    }

    static boolean same(Long a, long b) {
        return Objects.equals(a, b);
    }
}
