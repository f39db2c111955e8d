package org.ladder.cycles;

import java.time.Instant;

/**
 * A step of a cycle that failed after its retries: which process and step, the error, when; HR and admins retry it
 * ({@link CycleControls#retry}).
 */
public record CycleIncident(String incidentId, String processKey, String businessKey, String activityId,
        String message, Instant at, String jobId) {
}
