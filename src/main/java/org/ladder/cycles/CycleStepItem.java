package org.ladder.cycles;

import java.time.Instant;

/**
 * An instance at a step of a cycle's model, or an open task there: whose it is ({@code whose}: the unit's or
 * person's name, or the cycle), the task with its assignee and due date, and the open incident's message if the
 * step failed there. {@code maySupervise}: the viewer may remind about or reassign the task.
 */
public record CycleStepItem(String processInstanceId, Long unitId, Long personId, String whose, String taskId,
        String taskName, String assigneeName, Instant due, boolean overdue, String incident, boolean maySupervise) {

    public boolean isTask() {
        return taskId != null;
    }
}
