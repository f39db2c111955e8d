package org.ladder.tasks;

import java.time.Instant;
import java.util.List;

/**
 * A user task was created or (re)assigned: to {@code assignee} when set, otherwise offered to the members of
 * {@code candidateGroups}. Published by the tasks module from the engine's task listener.
 */
public record TaskAssigned(String taskId, String taskName, String assignee, List<String> candidateGroups,
        Instant due) {
}
