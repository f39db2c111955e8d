package org.ladder.reviews;

import java.util.List;

/** The limits of reviews and templates, used by the rules and by the fields alike. */
public final class ReviewLimits {

    public static final int TEMPLATE_NAME_MAX_LENGTH = 100;
    public static final int SECTION_TITLE_MAX_LENGTH = 100;
    public static final int MAX_SECTIONS = 8;
    public static final int MAX_QUESTIONS = 20;
    public static final int QUESTION_TEXT_MAX_LENGTH = 300;
    public static final int QUESTION_KEY_MAX_LENGTH = 40;
    public static final int SCALE_NAME_MAX_LENGTH = 40;
    public static final int SCALE_LABEL_MAX_LENGTH = 40;
    public static final int MIN_SCALE_POINTS = 2;
    public static final int MAX_SCALE_POINTS = 10;
    public static final int MIN_DEADLINE_DAYS = 1;
    public static final int MAX_DEADLINE_DAYS = 60;
    public static final int DEFAULT_DEADLINE_DAYS = 7;
    /** The steps that have a deadline. */
    public static final List<ReviewStep> TIMED_STEPS = List.of(ReviewStep.SELF_REVIEW, ReviewStep.PEER_INPUT,
            ReviewStep.MANAGER_REVIEW, ReviewStep.CALIBRATION, ReviewStep.SHARING, ReviewStep.ACKNOWLEDGEMENT);

    public static final int ANSWER_MAX_LENGTH = 4000;
    public static final int LEARNINGS_MAX_LENGTH = 2000;
    public static final int JUSTIFICATION_MAX_LENGTH = 2000;
    public static final int RESPONSE_MAX_LENGTH = 2000;
    public static final int PEER_INPUT_MAX_LENGTH = 4000;
    public static final int REASON_MAX_LENGTH = 1000;
    public static final int NOTES_MAX_LENGTH = 4000;
    public static final int ROUND_NAME_MAX_LENGTH = 120;
    public static final int ROUND_KEY_MAX_LENGTH = 64;
    /** At most this many colleagues are asked for input on one review. */
    public static final int MAX_PEERS = 5;
    /** Days after a step's deadline until it is offered to the skip-level manager, and until HR. */
    public static final int ESCALATE_AFTER_DAYS = 3;
    public static final int HR_AFTER_DAYS = 7;
    /** Reviews started per launch job. */
    public static final int CHUNK_SIZE = 200;

    private ReviewLimits() {
    }
}
