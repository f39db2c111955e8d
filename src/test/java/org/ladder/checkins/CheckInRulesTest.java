package org.ladder.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ladder.goals.Confidence;

class CheckInRulesTest {

    private static final CheckInRules.ActiveGoal GOAL = new CheckInRules.ActiveGoal(7, "Ship it", 3, Set.of(70L, 71L));

    private static CheckInDraft.GoalEntry entry(Confidence c, Map<Long, BigDecimal> values) {
        return new CheckInDraft.GoalEntry(7, 3, values, c, null, null);
    }

    private static final Map<Long, BigDecimal> BOTH = Map.of(70L, BigDecimal.ONE, 71L, BigDecimal.TEN);

    @Test
    void aCompleteCheckInPasses() {
        assertThat(CheckInRules.check(List.of(GOAL), new CheckInDraft(List.of(entry(Confidence.AT_RISK, BOTH)), 3,
                "Clear enough"))).isEmpty();
        assertThat(CheckInRules.check(List.of(GOAL), new CheckInDraft(List.of(entry(Confidence.ON_TRACK, BOTH)),
                null, " "))).isEmpty();
    }

    @Test
    void everyGoalNeedsAConfidenceAndEveryKeyResultAValue() {
        Map<String, String> errors = CheckInRules.check(List.of(GOAL), new CheckInDraft(List.of(entry(null,
                Map.of(70L, BigDecimal.ONE))), null, null));
        assertThat(errors).containsOnlyKeys("goals[7].confidence", "goals[7].keyResults[71]");
    }

    @Test
    void aGoalLeftOutOrForeignOrTwiceIsRefused() {
        var other = new CheckInRules.ActiveGoal(8, "Other", 1, Set.of());
        assertThat(CheckInRules.check(List.of(GOAL, other), new CheckInDraft(List.of(entry(Confidence.ON_TRACK,
                BOTH)), null, null))).containsEntry("goals", "“Other” became active since you opened the form: "
                        + "reload it to check in on every active goal.");
        assertThat(CheckInRules.check(List.of(GOAL), new CheckInDraft(List.of(entry(Confidence.ON_TRACK, BOTH),
                new CheckInDraft.GoalEntry(99, 0, Map.of(), Confidence.ON_TRACK, null, null)), null, null)))
                .containsOnlyKeys("goals");
        assertThat(CheckInRules.check(List.of(GOAL), new CheckInDraft(List.of(entry(Confidence.ON_TRACK, BOTH),
                entry(Confidence.ON_TRACK, BOTH)), null, null))).containsOnlyKeys("goals");
        assertThat(CheckInRules.check(List.of(), new CheckInDraft(List.of(), null, null))).containsOnlyKeys("goals");
    }

    @Test
    void textsHaveTheirLimits() {
        var entry = new CheckInDraft.GoalEntry(7, 3, BOTH, Confidence.ON_TRACK,
                "b".repeat(CheckInLimits.BLOCKERS_MAX_LENGTH), "c".repeat(CheckInLimits.COMMENT_MAX_LENGTH + 1));
        assertThat(CheckInRules.check(List.of(GOAL), new CheckInDraft(List.of(entry), null, null)))
                .containsOnlyKeys("goals[7].comment");
    }

    @Test
    void thePulseIsOneToFiveWithOneShortLine() {
        for (int bad : new int[] {0, 6, -1}) {
            assertThat(errors(bad, null)).containsOnlyKeys("pulseScore");
        }
        assertThat(errors(1, null)).isEmpty();
        assertThat(errors(5, "x".repeat(CheckInLimits.PULSE_COMMENT_MAX_LENGTH))).isEmpty();
        assertThat(errors(5, "x".repeat(CheckInLimits.PULSE_COMMENT_MAX_LENGTH + 1))).containsOnlyKeys("pulseComment");
        assertThat(errors(4, "two\nlines")).containsOnlyKeys("pulseComment");
        assertThat(errors(null, "a line without a score")).containsOnlyKeys("pulseScore");
    }

    private static Map<String, String> errors(Integer score, String line) {
        return CheckInRules.check(List.of(GOAL), new CheckInDraft(List.of(entry(Confidence.ON_TRACK, BOTH)), score,
                line));
    }
}
