package org.ladder.goals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalLimits;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;

import com.github.mvysny.kaributesting.v10.MockVaadin;

/** The key-result editor on its own: the running weight total, its value, and messages on the row fields. */
class KeyResultEditorTest {

    private KeyResultEditor editor;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        editor = new KeyResultEditor();
        editor.setValue(List.of(KeyResultEditor.blank(true)));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theWeightTotalRunsAsWeightsChange() {
        assertThat(editor.weightTotal.getText()).isEqualTo("Weights: 100 / 100");
        assertThat(editor.weightTotal.getClassNames()).contains("ladder-weight-ok");

        editor.rows.get(0).weight.setValue(70);
        assertThat(editor.weightTotal.getText()).isEqualTo("Weights: 70 / 100");
        assertThat(editor.weightTotal.getClassNames()).contains("ladder-weight-off").doesNotContain("ladder-weight-ok");

        editor.add.click();
        assertThat(editor.rows).hasSize(2);
        assertThat(editor.rows.get(1).weight.getValue()).isNull(); // only the first one starts at 100
        editor.rows.get(1).weight.setValue(30);
        assertThat(editor.weightTotal.getText()).isEqualTo("Weights: 100 / 100");
        assertThat(editor.weightTotal.getClassNames()).contains("ladder-weight-ok");

        editor.rows.get(0).remove.click();
        assertThat(editor.rows).hasSize(1);
        assertThat(editor.weightTotal.getText()).isEqualTo("Weights: 30 / 100");
    }

    @Test
    void noMoreRowsThanTheLimit() {
        for (int i = 1; i < GoalLimits.KEY_RESULTS_MAX; i++) {
            editor.add.click();
        }
        assertThat(editor.rows).hasSize(GoalLimits.KEY_RESULTS_MAX);
        assertThat(editor.add.isEnabled()).isFalse();
        editor.rows.get(3).remove.click();
        assertThat(editor.add.isEnabled()).isTrue();
    }

    @Test
    void itsValueIsTheDraftsTheRowsShow() {
        List<List<KeyResultDraft>> seen = new ArrayList<>();
        editor.addValueChangeListener(e -> seen.add(e.getValue()));
        KeyResultEditor.Row row = editor.rows.get(0);
        row.name.setValue("  Onboarding days ");
        row.baseline.setValue(BigDecimal.valueOf(20));
        row.target.setValue(BigDecimal.valueOf(5));
        row.current.setValue(BigDecimal.valueOf(12));
        row.unit.setValue(" ");

        assertThat(editor.getValue()).containsExactly(new KeyResultDraft(null, "Onboarding days",
                KeyResultType.NUMERIC, BigDecimal.valueOf(20), BigDecimal.valueOf(5), BigDecimal.valueOf(12), null,
                100));
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(editor.getValue());
    }

    @Test
    void aDoneNotDoneResultGoesFromZeroToOne() {
        KeyResultEditor.Row row = editor.rows.get(0);
        row.type.setValue(KeyResultType.BINARY);
        assertThat(row.baseline.getValue()).isEqualByComparingTo("0");
        assertThat(row.target.getValue()).isEqualByComparingTo("1");
        row.type.setValue(KeyResultType.PERCENTAGE);
        assertThat(row.unit.getValue()).isEqualTo("%");
    }

    @Test
    void storedValuesShowWithoutTrailingZeros() {
        editor.setValue(List.of(new KeyResultDraft(7L, "Milestones", KeyResultType.MILESTONE,
                new BigDecimal("0.0000"), new BigDecimal("4.0000"), new BigDecimal("2.0000"), null, 100)));
        KeyResultEditor.Row row = editor.rows.get(0);
        assertThat(row.target.getValue().toPlainString()).isEqualTo("4");
        assertThat(row.current.getValue().toPlainString()).isEqualTo("2");
        assertThat(row.toDraft().id()).isEqualTo(7L);
    }

    @Test
    void aMessageLandsOnTheRowFieldItNames() {
        editor.add.click();
        assertThat(editor.showError(1, "target", "The target must differ from the baseline.")).isTrue();
        assertThat(editor.rows.get(1).target.isInvalid()).isTrue();
        assertThat(editor.rows.get(1).target.getErrorMessage()).isEqualTo("The target must differ from the baseline.");
        assertThat(editor.rows.get(0).target.isInvalid()).isFalse();
        assertThat(editor.showError(5, "target", "No such row.")).isFalse();
        assertThat(editor.showError(0, "colour", "No such field.")).isFalse();

        editor.clearErrors();
        assertThat(editor.rows.get(1).target.isInvalid()).isFalse();
    }
}
