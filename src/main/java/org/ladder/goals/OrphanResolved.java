package org.ladder.goals;

/**
 * Someone decided about an orphan goal (one that laddered up to nothing): aligned it below another goal, kept it
 * with a justification, or retired it. {@code ownerPersonId} is whom the goal concerns (its owner, a unit goal's
 * head; null when nobody).
 */
public record OrphanResolved(long goalId, String title, Long ownerPersonId, long resolverPersonId,
        OrphanResolution resolution, String reason) {
}
