package org.ladder.goals;

/**
 * The limits of a goal, enforced by the services' rules and used by the fields that edit them (a field's
 * {@code setMaxLength(GoalLimits.TITLE_MAX_LENGTH)}), so the form and the service never disagree.
 */
public final class GoalLimits {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;
    /** The reason of a change, a closing, a justification or a progress note. */
    public static final int REASON_MAX_LENGTH = 1000;
    /** An approver's comment when approving or returning a goal. */
    public static final int COMMENT_MAX_LENGTH = 2000;
    /** The other goals one goal names as goals it contributes to. */
    public static final int CONTRIBUTIONS_MAX = 10;
    public static final int PERIOD_MAX_YEARS = 5;
    public static final int KEY_RESULTS_MAX = 10;
    public static final int KEY_RESULT_NAME_MAX_LENGTH = 200;
    public static final int KEY_RESULT_UNIT_MAX_LENGTH = 20;

    private GoalLimits() {
    }
}
