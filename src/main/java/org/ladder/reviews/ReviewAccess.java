package org.ladder.reviews;

import java.util.Optional;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.domain.Review;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a review (ADR 0024): the person sees it once shared (never the peers' names, their
 * input or the calibration); the manager at its start and the person's manager chain see it whole; HR sees every
 * review; nobody else anything. Peers see only their own input request ({@link ReviewPeers}), calibrators the grid
 * ({@link ReviewCalibrations}).
 */
@Component
class ReviewAccess {

    /** How the caller stands to a review. */
    enum Relation { SUBJECT, MANAGER, HR, NONE }

    private final CurrentUser currentUser;
    private final PeopleService people;

    ReviewAccess(CurrentUser currentUser, PeopleService people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    LadderUser me() {
        return currentUser.require();
    }

    Relation relation(Review review) {
        LadderUser me = me();
        if (me.personId() == review.personId()) {
            return Relation.SUBJECT;
        }
        if (isManager(review, me.personId())) {
            return Relation.MANAGER;
        }
        if (currentUser.hasRole(Role.HR)) {
            return Relation.HR;
        }
        return Relation.NONE;
    }

    boolean isManager(Review review, long personId) {
        return review.managerId() != null && review.managerId() == personId
                || people.managerChain(review.personId()).contains(personId);
    }

    /** The review as the caller may read it whole; the person only once it is shared. */
    Relation requireRead(Review review) {
        Relation r = relation(review);
        if (r == Relation.NONE) {
            throw new AccessDeniedException("You may not see this review.");
        }
        if (r == Relation.SUBJECT && !review.isShared()) {
            throw new AccessDeniedException("Your review is visible once your manager shares it.");
        }
        return r;
    }

    void requireSubject(Review review) {
        if (me().personId() != review.personId()) {
            throw new AccessDeniedException("Only the person under review writes the self review.");
        }
    }

    /**
     * Who may write the manager review and share it: the manager at its start or the person's current manager;
     * once the step was escalated, anyone in the person's manager chain; once it reached HR, HR too.
     */
    boolean mayActAsManager(Review review) {
        LadderUser me = me();
        if (me.personId() == review.personId()) {
            return false;
        }
        if (review.managerId() != null && review.managerId() == me.personId()) {
            return true;
        }
        Optional<Long> current = people.placements(java.util.List.of(review.personId())).stream().findFirst()
                .map(PersonSummary::managerId);
        if (current.isPresent() && current.get() == me.personId()) {
            return true;
        }
        if (review.escalationLevel() >= 1 && people.managerChain(review.personId()).contains(me.personId())) {
            return true;
        }
        return review.escalationLevel() >= 2 && currentUser.hasRole(Role.HR);
    }

    void requireManager(Review review) {
        if (!mayActAsManager(review)) {
            throw new AccessDeniedException("Only the person's manager writes and shares this review.");
        }
    }
}
