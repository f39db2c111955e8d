package org.ladder.goals;

import java.time.LocalDate;

/**
 * One row of the alignment tree: the mission, a pillar, a goal, or the group of orphan goals. {@code key} is unique
 * in the tree; {@code goalId} is set for goals only. {@code hasChildren} may be true for a node whose children are
 * all hidden from the caller (the tree then shows it empty), never false for one with visible children.
 */
public record GoalNode(Kind kind, String key, Long goalId, String title, GoalLevel level, String ownerName,
        GoalStatus status, ApprovalState approval, Visibility visibility, String pillar, double progress,
        LocalDate periodStart, LocalDate periodEnd, boolean orphan, boolean justified, boolean atRisk,
        boolean hasChildren) {

    public enum Kind {
        MISSION, PILLAR, GOAL, ORPHANS
    }

    public static GoalNode mission(String mission) {
        return new GoalNode(Kind.MISSION, "mission", null, mission, null, null, null, null, null, null, 0, null, null,
                false, false, false, true);
    }

    public static GoalNode pillar(String name, boolean inCharter) {
        return new GoalNode(Kind.PILLAR, "pillar:" + name, null, inCharter ? name : name + " (no longer in the charter)",
                null, null, null, null, null, name, 0, null, null, false, false, false, true);
    }

    public static GoalNode orphans() {
        return new GoalNode(Kind.ORPHANS, "orphans", null, "Not aligned (orphan goals)", null, null, null, null, null,
                null, 0, null, null, false, false, false, true);
    }
}
