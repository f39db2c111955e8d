package org.ladder.goals;

import java.util.List;

/**
 * One of the signed-in person's goals with everything above it: {@code chain} starts with its parent and ends with
 * the pillar and the mission (empty chain above an orphan).
 */
public record LadderEntry(GoalNode goal, List<GoalNode> chain) {
}
