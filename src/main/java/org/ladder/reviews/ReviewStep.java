package org.ladder.reviews;

/** Where a review stands. */
public enum ReviewStep {
    SELF_REVIEW, PEER_INPUT, MANAGER_REVIEW, CALIBRATION, SHARING, ACKNOWLEDGEMENT, DONE, ENDED
}
