package org.ladder.goals;

/** A goal named in a list (parent, children, contributors, alignment candidates). */
public record GoalRef(long id, String title, GoalLevel level, GoalStatus status, String ownerName, double progress) {
}
