package org.ladder.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.KeyResult;

/** The status × approval state machine of a goal, and the actions a viewer is offered in each state (no Spring). */
class GoalStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Goal personalDraft() {
        Goal goal = new Goal(GoalLevel.PERSONAL, 1L, NOW);
        goal.getKeyResults().add(new KeyResult("Releases shipped", KeyResultType.NUMERIC, BigDecimal.ZERO,
                BigDecimal.TEN, BigDecimal.ZERO, null, 100));
        return goal;
    }

    @Test
    void anApprovedDraftBecomesActiveAndAnApprovedChangeKeepsItActive() {
        Goal goal = personalDraft();
        goal.submit(NOW);
        assertThat(goal.awaitsApproval()).isTrue();
        assertThat(goal.approve(NOW)).as("became active").isTrue();
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(goal.getApproval()).isEqualTo(ApprovalState.APPROVED);

        goal.submit(NOW);
        assertThat(goal.approve(NOW)).as("a change approved: it was active already").isFalse();
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void aReturnedGoalCarriesTheCommentUntilItIsResubmittedOrWithdrawn() {
        Goal goal = personalDraft();
        assertThatThrownBy(() -> goal.returnForChanges("Too vague", NOW)).as("nothing to return yet")
                .isInstanceOf(IllegalStateException.class);
        goal.submit(NOW);
        goal.returnForChanges("Too vague", NOW);
        assertThat(goal.isReturned()).isTrue();
        assertThat(goal.getReturnComment()).isEqualTo("Too vague");
        assertThat(goal.mayBeSubmitted()).as("resubmitted from the owner's task, not submitted again").isFalse();

        goal.withdraw(NOW);
        assertThat(goal.getApproval()).isEqualTo(ApprovalState.NONE);
        assertThat(goal.getReturnComment()).isNull();
        assertThat(goal.mayBeSubmitted()).isTrue();
    }

    @Test
    void closingAGoalEndsItsOpenApprovalAndNothingChangesAfterwards() {
        Goal goal = personalDraft();
        goal.approve(NOW);
        goal.submit(NOW);
        goal.returnForChanges("Lower the target", NOW);
        assertThat(goal.close(GoalStatus.ABANDONED, NOW)).as("an approval was open").isTrue();
        assertThat(goal.getApproval()).isEqualTo(ApprovalState.NONE);
        assertThatThrownBy(() -> goal.approve(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> goal.close(GoalStatus.ACHIEVED, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theViewerIsOfferedWhatTheStateAllows() {
        Goal goal = personalDraft();
        assertThat(GoalActions.of(goal, true)).isEqualTo(new GoalActions(true, true, false, false, false, true));
        goal.submit(NOW);
        assertThat(GoalActions.of(goal, true)).as("pending: the approver decides first")
                .isEqualTo(new GoalActions(false, false, false, false, false, false));
        goal.approve(NOW);
        assertThat(GoalActions.of(goal, true)).isEqualTo(new GoalActions(true, false, false, true, true, true));
        assertThat(GoalActions.of(goal, false)).as("someone who may not change it")
                .isEqualTo(new GoalActions(false, false, false, false, false, false));

        Goal unit = new Goal(GoalLevel.UNIT, 1L, NOW);
        assertThat(GoalActions.of(unit, true).activate()).isTrue();
        assertThat(GoalActions.of(unit, true).submit()).isFalse();
    }
}
