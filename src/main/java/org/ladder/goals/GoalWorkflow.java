package org.ladder.goals;

/**
 * What {@link GoalService} asks of the process engine; implemented in {@code goals.workflow} so the service never
 * spells process keys or variables.
 */
public interface GoalWorkflow {

    /**
     * Starts {@code goal-approval} for a submitted goal ({@code change}: an active goal's material change);
     * {@code subject} names the goal and its owner in the inbox.
     */
    void startApproval(long goalId, String ownerUsername, String approverUsername, boolean change, String subject);

    /** Whether an approval of this goal is running (waiting for the approver or for the owner's revision). */
    boolean approvalOpen(long goalId);

    /** Ends a running approval of this goal (the goal was closed), with the reason in the engine's history. */
    void cancelApproval(long goalId, String reason);

    /** Starts {@code goal-change-propagation} for a material change of an active goal. */
    void startChangePropagation(long revisionId);
}
