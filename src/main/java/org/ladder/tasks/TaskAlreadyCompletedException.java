package org.ladder.tasks;

/** The task was completed (or cancelled) meanwhile, e.g. in another tab or by another approver. */
public class TaskAlreadyCompletedException extends RuntimeException {

    public TaskAlreadyCompletedException(String message) {
        super(message);
    }
}
