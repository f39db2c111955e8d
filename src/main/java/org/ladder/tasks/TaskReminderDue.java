package org.ladder.tasks;

import java.time.Instant;
import java.util.List;

/**
 * A user task has waited long enough: the people who can act on it ({@code personIds}: its assignee, or else its
 * candidates) should be reminded. {@code link} is the task's route ({@code task/{id}}); {@code waitingSince} is when
 * the task was created.
 */
public record TaskReminderDue(String taskId, String taskName, String link, List<Long> personIds,
        Instant waitingSince) {

    public TaskReminderDue {
        personIds = List.copyOf(personIds);
    }
}
