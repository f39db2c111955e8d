package org.ladder.conversations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ladder.checkins.CheckInQueries;
import org.ladder.checkins.LatestCheckIn;
import org.ladder.goals.GoalRef;
import org.springframework.stereotype.Component;

/** The latest check-in of each of a person's goals, from the check-ins module, for the 1:1 page. */
@Component
class LatestCheckIns {

    private final CheckInQueries checkIns;

    LatestCheckIns(CheckInQueries checkIns) {
        this.checkIns = checkIns;
    }

    /** By goal id; goals without a check-in are missing. The caller may read the person's 1:1s (so their check-ins). */
    Map<Long, GoalInTalk> latest(long personId, List<GoalRef> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        Map<Long, LatestCheckIn> latest = checkIns.latestByGoal(personId);
        Map<Long, GoalInTalk> byGoal = new HashMap<>();
        for (GoalRef goal : goals) {
            LatestCheckIn l = latest.get(goal.id());
            if (l != null) {
                byGoal.put(goal.id(), new GoalInTalk(goal, l.at(), l.confidence(), l.blockers(), l.comment()));
            }
        }
        return byGoal;
    }
}
