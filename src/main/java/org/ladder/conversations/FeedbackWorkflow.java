package org.ladder.conversations;

/**
 * What the feedback services ask of the process engine (the module's engine port), implemented in
 * {@code conversations.workflow} over the process contract; the services never spell a key or a variable.
 */
public interface FeedbackWorkflow {

    /** Starts {@code feedback-request}: a task for the colleague (their username), with ids only. */
    void startRequest(long requestId, String colleagueUsername);

    /** Ends the request's process: the requester withdrew it (the task goes away). */
    void withdrawRequest(long requestId);

    /** The open task of each of these requests, by request id (requests without one are left out). */
    java.util.Map<Long, String> openTasks(java.util.Collection<Long> requestIds);
}
