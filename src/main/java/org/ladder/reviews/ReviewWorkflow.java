package org.ladder.reviews;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviews' way to the engine (implemented in {@code reviews.workflow}), so a move to Operaton stays small. Every
 * completion throws {@link org.ladder.tasks.TaskAlreadyCompletedException} when the task is no longer open
 * (somebody else completed the same step first).
 */
public interface ReviewWorkflow {

    /** Queues launch jobs of at most {@link ReviewLimits#CHUNK_SIZE} reviews each; returns how many. */
    int launch(String request, List<Long> reviewIds);

    void selfReviewed(String businessKey);

    void peersNamed(String businessKey, List<String> peerUsernames);

    /** Completes the one peer's open input task of the review. */
    void peerAnswered(String businessKey, String peerUsername);

    void managerReviewed(String businessKey, boolean calibrationNeeded);

    /** The review's group was calibrated (or its calibration skipped): on to sharing. */
    void calibrated(String businessKey);

    void shared(String businessKey);

    /** Ends the review's instance, open tasks and timers included; false when it no longer runs. */
    boolean end(String businessKey);

    /** Starts the calibration task of a group; returns the instance's id. */
    String startCalibration(long calibrationId, String roundKey, long unitId, String headUsername, int deadlineDays);

    /** Completes the calibration task. */
    void calibrationClosed(String roundKey, long unitId);

    /** Ends a calibration instance (the round was cancelled). */
    void endCalibration(String roundKey, long unitId);

    /** The open user tasks of these reviews' instances, by business key: task definition key to task id. */
    Map<String, Map<String, String>> openTasks(List<String> businessKeys);

    /** The review business key and task definition key of an open task, for a task form. */
    Optional<Map.Entry<String, String>> taskOf(String taskId);
}
