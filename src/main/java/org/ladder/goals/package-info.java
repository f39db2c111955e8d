/**
 * Cascading goals: company goals serve a pillar of the charter, unit goals and personal goals ladder up to them.
 * Approval of personal goals ({@code goal-approval}), orphan reviews ({@code orphan-goal-sweep},
 * {@code orphan-goal-review}) and change propagation ({@code goal-change-propagation}) run as processes; change
 * propagation reuses the acknowledgement campaigns of the tasks module. The API is one service per use case
 * ({@link org.ladder.goals.GoalPlanning}, {@link org.ladder.goals.GoalApprovals}, {@link org.ladder.goals.OrphanReviews},
 * {@link org.ladder.goals.GoalQueries}) and past-tense events. See ADR 0010 and ADR 0011.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goals and alignment", allowedDependencies = {"base", "people", "tasks", "charter"})
package org.ladder.goals;
