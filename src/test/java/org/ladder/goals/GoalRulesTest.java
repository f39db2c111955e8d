package org.ladder.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.goals.domain.KeyResult;
import org.ladder.goals.domain.Progress;

/** The rules and the arithmetic that need no database. */
class GoalRulesTest {

    private static KeyResultDraft kr(KeyResultType type, String baseline, String target, String current, String unit,
            Integer weight) {
        return new KeyResultDraft(null, "Result", type, baseline == null ? null : new BigDecimal(baseline),
                target == null ? null : new BigDecimal(target), current == null ? null : new BigDecimal(current), unit,
                weight);
    }

    @Test
    void weightsMustAddUpToHundred() {
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.NUMERIC, "0", "10", "0", null, 60),
                kr(KeyResultType.NUMERIC, "0", "10", "0", null, 30))))
                .containsEntry("keyResults", "The weights of the key results add up to 90; they must add up to 100.");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.NUMERIC, "0", "10", "0", null, 60),
                kr(KeyResultType.NUMERIC, "0", "10", "0", null, 40)))).isEmpty();
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.NUMERIC, "0", "10", "0", null, 0))))
                .containsKey("keyResults[0].weight");
    }

    @Test
    void valuesMustBeInRangeForTheirType() {
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.PERCENTAGE, "0", "120", "0", null, 100))))
                .containsEntry("keyResults[0].target", "A percentage is between 0 and 100.");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.BINARY, "0", "2", "0", null, 100))))
                .containsKey("keyResults[0].target");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.BINARY, "0", "1", "0.5", null, 100))))
                .containsKey("keyResults[0].current");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.MILESTONE, "0", "4", "1.5", null, 100))))
                .containsEntry("keyResults[0].current", "Milestones are counted in whole numbers from 0.");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.MILESTONE, "0", "4", "5", null, 100))))
                .containsKey("keyResults[0].current");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.CURRENCY, "0", "1000", "0", "euros", 100))))
                .containsKey("keyResults[0].unit");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.CURRENCY, "0", "1000", "0", "EUR", 100)))).isEmpty();
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.NUMERIC, "5", "5", "5", null, 100))))
                .containsEntry("keyResults[0].target", "The target must differ from the baseline.");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.NUMERIC, null, "5", "1", null, 100))))
                .containsKey("keyResults[0].baseline");
        assertThat(KeyResultRules.check(List.of(kr(null, "0", "5", "1", null, 100)))).containsKey("keyResults[0].type");
        assertThat(KeyResultRules.check(List.of(kr(KeyResultType.NUMERIC, "0", "1.12345", "0", null, 100))))
                .containsKey("keyResults[0].target");
    }

    @Test
    void aKeyResultsProgressRunsFromBaselineToTargetEitherWay() {
        assertThat(Progress.ofKeyResult(KeyResultType.NUMERIC, bd("10"), bd("20"), bd("15"))).isEqualTo(50.0);
        assertThat(Progress.ofKeyResult(KeyResultType.NUMERIC, bd("100"), bd("50"), bd("75"))).isEqualTo(50.0);
        assertThat(Progress.ofKeyResult(KeyResultType.NUMERIC, bd("10"), bd("20"), bd("5"))).isZero();
        assertThat(Progress.ofKeyResult(KeyResultType.NUMERIC, bd("10"), bd("20"), bd("25"))).isEqualTo(100.0);
        assertThat(Progress.ofKeyResult(KeyResultType.BINARY, bd("0"), bd("1"), bd("1"))).isEqualTo(100.0);
        assertThat(Progress.ofKeyResult(KeyResultType.BINARY, bd("0"), bd("1"), bd("0"))).isZero();
        assertThat(Progress.ofKeyResult(KeyResultType.MILESTONE, bd("0"), bd("4"), bd("1"))).isEqualTo(25.0);
    }

    @Test
    void aGoalsProgressIsItsKeyResultsWeighted() {
        KeyResult a = new KeyResult("A", KeyResultType.PERCENTAGE, bd("0"), bd("100"), bd("50"), "%", 75);
        KeyResult b = new KeyResult("B", KeyResultType.BINARY, bd("0"), bd("1"), bd("1"), null, 25);
        assertThat(Progress.ofKeyResults(List.of(a, b))).isEqualTo(62.5);
    }

    @Test
    void anActiveGoalTrailingItsPeriodIsAtRisk() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        LocalDate july = LocalDate.of(2026, 7, 1);
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 10, start, end, july)).isTrue();
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 40, start, end, july)).isFalse();
        assertThat(GoalRows.atRisk(GoalStatus.DRAFT, 0, start, end, july)).isFalse();
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 90, start, end, LocalDate.of(2027, 1, 2))).isTrue();
        assertThat(GoalRows.atRisk(GoalStatus.ACTIVE, 0, start, end, LocalDate.of(2025, 12, 1))).isFalse();
    }

    @Test
    void aViewerSeesPrivateGoalsOfThePeopleNamedOrOfEveryoneButThePeopleNamed() {
        var direct = org.ladder.goals.domain.GoalStore.Viewer.privateOf(java.util.Set.of(1L, 2L));
        assertThat(direct.seesPrivateOf(1L)).isTrue();
        assertThat(direct.seesPrivateOf(3L)).isFalse();
        assertThat(direct.seesPrivateOf(null)).isFalse();
        var inverted = org.ladder.goals.domain.GoalStore.Viewer.allBut(java.util.Set.of(3L));
        assertThat(inverted.seesPrivateOf(1L)).isTrue();
        assertThat(inverted.seesPrivateOf(3L)).isFalse();
        assertThat(org.ladder.goals.domain.GoalStore.Viewer.everything().seesPrivateOf(3L)).isTrue();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
