package org.ladder.reviews;

import java.time.Instant;

/** A calibration in the caller's list: which round and unit, its status, how many people. */
public record CalibrationSummary(long calibrationId, String roundKey, String roundName, long unitId, String unitName,
        String status, int people, Instant openedAt) {
}
