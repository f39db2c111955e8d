package org.ladder.conversations;

import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.notifications.FreshPeople;
import org.ladder.support.GoalFixtures;
import org.ladder.support.SignedIn;
import org.springframework.stereotype.Component;

/** Active goals of fresh people, for the 1:1 tests. */
@Component
class OneOnOneFixtures {

    private final GoalPlanning goals;
    private final SignedIn signedIn;

    OneOnOneFixtures(GoalPlanning goals, SignedIn signedIn) {
        this.goals = goals;
        this.signedIn = signedIn;
    }

    /** An active personal goal of the report, created and submitted by their manager (who approves it so). */
    GoalDetails activeGoal(FreshPeople.Team team, String title) {
        signedIn.as(team.lead().username());
        GoalDetails draft = goals.create(GoalFixtures.personal(title, team.jon().id(), null,
                GoalFixtures.numeric("Steps done", 0, 10, 3, 100)));
        GoalDetails active = goals.submit(draft.id(), draft.version());
        signedIn.nobody();
        return active;
    }
}
