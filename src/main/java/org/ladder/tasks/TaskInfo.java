package org.ladder.tasks;

import java.time.Instant;
import java.util.List;

/**
 * A user task as the inbox and the task forms see it. {@code businessKey} is the process instance's business
 * key (e.g. the charter version id); {@code assigneeName} is the person's display name when assigned.
 */
public record TaskInfo(String id, String name, String description, String processDefinitionKey,
        String taskDefinitionKey, String processInstanceId, String businessKey, String assignee,
        String assigneeName, List<String> candidateGroups, Instant created, Instant due) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
