package org.ladder.goals;

/**
 * A goal's approver approved it: a draft is active now, an active goal's change stands. {@code ownerPersonId} is
 * whom the goal concerns (its owner; null when nobody); {@code title} and {@code comment} are data, the words
 * around them are the listener's.
 */
public record GoalApproved(long goalId, String title, Long ownerPersonId, long approverPersonId, String comment,
        boolean becameActive) {
}
