package org.ladder.checkins;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cadence's way to the engine (implemented in {@code checkins.workflow}), so a move to Operaton stays small.
 */
public interface CadenceWorkflow {

    /**
     * Queues launch jobs, one per chunk of people, that bring each person's instance in line with their cadence
     * row (start, or stop). Returns how many jobs were queued.
     */
    int bringInLine(String request, List<Long> personIds);

    /** Ends a person's running instance at once, open tasks included; false when it no longer runs. */
    boolean stop(String processInstanceId);

    /** The person's open check-in task, if a period is open. */
    Optional<OpenCheckIn> openCheckIn(long personId);

    /** The open check-in task of this id (for its form). */
    Optional<OpenCheckIn> openCheckInTask(String taskId);

    /**
     * Completes the person's open check-in task for a check-in, inside the caller's transaction (the check-in's, so
     * both commit or neither does: ADR 0031); the 1:1 task follows for {@code managerUsername} (none when null).
     * False when no check-in task was open.
     *
     * @throws org.ladder.base.ConcurrentEditException when another transaction completed the task meanwhile
     */
    boolean checkedIn(long personId, long checkInId, String managerUsername, Instant submittedAt);

    /** An open check-in task: which period, when it is due. */
    record OpenCheckIn(String taskId, long personId, String periodLabel, Instant opensAt, Instant dueAt,
            Instant endsAt) {
    }
}
