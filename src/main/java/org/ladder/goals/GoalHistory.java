package org.ladder.goals;

import java.util.List;
import java.util.Optional;

import org.ladder.base.security.LadderUser;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRevision;
import org.ladder.goals.domain.GoalRevisionRepository;
import org.ladder.goals.domain.GoalStore;
import org.springframework.stereotype.Component;

/**
 * A goal's history: every change is kept as a numbered revision, by whom (or "Ladder" when the engine acted), when,
 * what changed in words, why, and whether it was material (targets, period, status, parent).
 */
@Component
class GoalHistory {

    private final GoalRevisionRepository revisions;
    private final GoalStore store;
    private final GoalAccess access;

    GoalHistory(GoalRevisionRepository revisions, GoalStore store, GoalAccess access) {
        this.revisions = revisions;
        this.store = store;
        this.access = access;
    }

    GoalRevision record(Goal goal, String kind, List<String> lines, String reason, boolean material) {
        Optional<LadderUser> user = access.currentUser();
        int number = revisions.lastNumber(goal.getId()) + 1;
        return revisions.save(new GoalRevision(goal.getId(), number, user.map(LadderUser::personId).orElse(null),
                user.map(LadderUser::displayName).orElse("Ladder"), access.clock().instant(), kind, lines, reason,
                material));
    }

    /** A goal's title in quotes, for a revision's words ("nothing" when none). */
    String titleOf(Long goalId) {
        if (goalId == null) {
            return "nothing";
        }
        return store.byIds(List.of(goalId)).stream().findFirst().map(r -> "“" + r.title() + "”").orElse("nothing");
    }
}
