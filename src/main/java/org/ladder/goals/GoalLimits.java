package org.ladder.goals;

/**
 * The limits of a goal, enforced by the service and used by the editor's fields alike
 * ({@code title.setMaxLength(GoalLimits.TITLE_MAX_LENGTH)}), so the two never drift apart.
 */
public final class GoalLimits {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;
    /** Why a goal changed, a progress note, an orphan's justification. */
    public static final int REASON_MAX_LENGTH = 1000;
    /** An approver's comment when returning a goal. */
    public static final int COMMENT_MAX_LENGTH = 2000;
    public static final int MAX_KEY_RESULTS = 10;
    public static final int KEY_RESULT_NAME_MAX_LENGTH = 200;
    public static final int KEY_RESULT_UNIT_MAX_LENGTH = 20;
    /** A key result's weight is a whole percentage from 1 to this; the weights of a goal add up to it. */
    public static final int WEIGHT_TOTAL = 100;

    private GoalLimits() {
    }
}
