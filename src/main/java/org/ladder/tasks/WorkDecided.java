package org.ladder.tasks;

import java.util.List;

/**
 * Someone decided about a person's work without asking them for anything (their goal was approved, an orphan goal of
 * theirs was aligned, justified or retired): they are told. {@code link} is the route of what was decided about.
 */
public record WorkDecided(List<Long> personIds, String title, String body, String link) {

    public WorkDecided {
        personIds = List.copyOf(personIds);
    }
}
