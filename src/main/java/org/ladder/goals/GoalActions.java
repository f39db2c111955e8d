package org.ladder.goals;

import org.ladder.goals.domain.Goal;

/**
 * What the viewer may do with a goal now, by the same rules the services enforce (the viewer's right to change it,
 * and the goal's own state): a view shows exactly these actions.
 */
public record GoalActions(boolean edit, boolean submit, boolean activate, boolean updateProgress, boolean achieve,
        boolean abandon) {

    private static final GoalActions NONE = new GoalActions(false, false, false, false, false, false);

    /** {@code mayChange}: the viewer may change this goal at all (its owner, their manager, the unit's head, HR). */
    static GoalActions of(Goal goal, boolean mayChange) {
        if (!mayChange) {
            return NONE;
        }
        return new GoalActions(goal.mayChangeFields(), goal.mayBeSubmitted(), goal.mayBeActivated(),
                goal.acceptsProgress() && !goal.getKeyResults().isEmpty(), goal.mayBeAchieved(),
                goal.mayBeAbandoned());
    }
}
