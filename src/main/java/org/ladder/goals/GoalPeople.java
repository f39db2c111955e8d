package org.ladder.goals;

import java.util.List;
import java.util.Optional;

import org.ladder.goals.domain.Goal;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.stereotype.Component;

/** The people around a goal: its owner, who approves it (the owner's manager), and who is told about decisions. */
@Component
class GoalPeople {

    /** Whoever approves a personal goal: the owner's manager. */
    record Approver(long personId, String username, String name) {
    }

    private final PeopleService people;

    GoalPeople(PeopleService people) {
        this.people = people;
    }

    /** The owner's manager; none when the goal has no personal owner or the owner has no manager. */
    Optional<Approver> approver(Goal goal) {
        if (goal.getOwnerPersonId() == null) {
            return Optional.empty();
        }
        List<Long> chain = people.managerChain(goal.getOwnerPersonId());
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        long manager = chain.get(0);
        return people.usernameOf(manager).map(u -> new Approver(manager, u,
                people.findByUsername(u).map(PersonSummary::displayName).orElse(u)));
    }

    String approverName(Goal goal) {
        return approver(goal).map(Approver::name).orElse("the approver");
    }

    String ownerUsername(Goal goal) {
        return people.usernameOf(goal.getOwnerPersonId()).orElseThrow();
    }

    String ownerName(Goal goal) {
        return people.findByUsername(ownerUsername(goal)).map(PersonSummary::displayName).orElse("The owner");
    }

    /** Who is told about a decision on the goal: its owner, or for a unit goal the unit's head. */
    Optional<Long> toTell(Goal goal) {
        return goal.getOwnerPersonId() != null ? Optional.of(goal.getOwnerPersonId())
                : goal.getOwnerUnitId() == null ? Optional.empty() : people.headOf(goal.getOwnerUnitId());
    }
}
