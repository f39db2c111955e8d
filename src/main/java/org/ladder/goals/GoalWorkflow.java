package org.ladder.goals;

/**
 * What the goal services ask of the process engine (the module's engine port); implemented in
 * {@code goals.workflow} over each process's contract, so the services never spell a process key or a variable.
 */
public interface GoalWorkflow {

    /**
     * Starts {@code goal-approval} for a submitted goal ({@code change}: an active goal's material change). The
     * process carries ids and usernames only, never the goal's title.
     */
    void startApproval(long goalId, String ownerUsername, String approverUsername, boolean change);

    /** Whether an approval of this goal is running (waiting for the approver or for the owner's revision). */
    boolean approvalOpen(long goalId);

    /** Ends a running approval of this goal (the goal was closed), with the reason in the engine's history. */
    void cancelApproval(long goalId, String reason);

    /** Starts {@code goal-change-propagation} for a material change of an active goal. */
    void startChangePropagation(long revisionId);
}
