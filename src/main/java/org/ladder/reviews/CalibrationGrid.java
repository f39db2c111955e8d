package org.ladder.reviews;

import java.time.Instant;
import java.util.List;

/**
 * A calibration as its head of unit and HR see it: the people of the group with both ratings (and the revisions
 * made), the distribution, the notes of the discussion (never shown to the people reviewed), and whether it is
 * open. {@code version} is the calibration's lock for {@link ReviewCalibrations#saveNotes} and
 * {@link ReviewCalibrations#close}.
 */
public record CalibrationGrid(long calibrationId, long version, String roundKey, String roundName, long unitId,
        String unitName, String status, String notes, Instant openedAt, Instant closedAt, List<Row> rows,
        RatingDistributions distributions) {

    /** One person of the group. {@code reviewVersion} is the review's lock for {@link ReviewCalibrations#revise}. */
    public record Row(long reviewId, long reviewVersion, long personId, String personName, String managerName,
            ReviewStep step, Integer performance, String performanceLabel, String performanceJustification,
            Integer alignment, String alignmentLabel, String alignmentJustification,
            List<ReviewDetails.RevisionView> revisions) {
    }
}
