package org.ladder.tasks;

import java.time.Instant;
import java.util.List;

/**
 * Nobody acted on a user task in time: it is now offered to {@code personIds} as well (e.g. the late person's own
 * manager, or HR), who should be told. {@code waitingFor} is the display name of whoever held it (its assignee),
 * or {@code null} when it was offered to a group; {@code link} is the task's route ({@code task/{id}}).
 */
public record TaskEscalated(String taskId, String taskName, String link, List<Long> personIds, String waitingFor,
        Instant waitingSince) {

    public TaskEscalated {
        personIds = List.copyOf(personIds);
    }
}
