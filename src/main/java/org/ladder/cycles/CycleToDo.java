package org.ladder.cycles;

import java.time.Instant;

/** Something of the cycle that is the person's to do now: an open task (its inbox link) with its due date. */
public record CycleToDo(String taskId, String name, String link, Instant due, boolean overdue) {
}
