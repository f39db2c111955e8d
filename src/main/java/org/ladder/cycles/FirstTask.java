package org.ladder.cycles;

import java.time.LocalDate;

/**
 * A task the launch creates first and who gets it: leadership's charter confirmation, then each top unit's goals
 * for its head ({@code assigneeId} null: a candidate group such as leadership, named in {@code assigneeName}).
 */
public record FirstTask(String task, Long unitId, String unitName, Long assigneeId, String assigneeName,
        LocalDate due) {
}
