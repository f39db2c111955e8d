package org.ladder.tasks;

/**
 * A user task ended: {@code completed} by {@code completedBy} (the username of its assignee when it was completed,
 * {@code null} when completed unassigned), or withdrawn because its process no longer needs it
 * ({@code completed == false}). Published by the tasks module from the engine's task listener, inside the
 * transaction that ended it, so what follows from it (notifications marked done) commits with it.
 */
public record TaskClosed(String taskId, String taskName, String completedBy, boolean completed) {
}
