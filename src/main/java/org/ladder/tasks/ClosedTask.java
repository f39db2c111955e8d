package org.ladder.tasks;

import java.time.Instant;

/**
 * A task that is no longer open, as the task page explains it: completed (by {@code completedByName}, or by the
 * caller when {@code byCaller}), or withdrawn because its process no longer needed it.
 */
public record ClosedTask(String taskId, String name, boolean completed, boolean byCaller, String completedByName,
        Instant endedAt) {
}
