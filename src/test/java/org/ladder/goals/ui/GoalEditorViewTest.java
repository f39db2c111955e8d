package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.unique;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalPeriods;
import org.ladder.goals.GoalRef;
import org.ladder.goals.Visibility;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;

/** The goal editor: messages on the fields, the running weight total, the orphan hint, a refused stale save. */
class GoalEditorViewTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;

    private static void openNew(java.util.Map<String, String> params) {
        com.vaadin.flow.component.UI.getCurrent().navigate("goal/new",
                com.vaadin.flow.router.QueryParameters.simple(params));
    }

    private static GoalRef ref(GoalDetails d) {
        return new GoalRef(d.id(), d.title(), d.level(), d.status(), d.ownerName(), d.progress());
    }

    @Test
    void eachProblemShowsOnItsFieldAndNothingIsSaved() {
        login("employee");
        openNew(java.util.Map.of("level", "PERSONAL"));
        GoalEditorView editor = _get(GoalEditorView.class);
        assertThat(editor.form.level.getValue()).isEqualTo(GoalLevel.PERSONAL);
        GoalPeriods.Period quarter = GoalPeriods.forNewGoal(java.time.LocalDate.now());
        assertThat(editor.form.periodStart.getValue()).isEqualTo(quarter.start());
        assertThat(editor.form.periodEnd.getValue()).isEqualTo(quarter.end());
        editor.form.title.setValue("");
        KeyResultEditor.Row kr = editor.form.keyResults.rows.get(0);
        kr.name.setValue("Cases solved");
        kr.target.setValue(BigDecimal.valueOf(10));
        kr.weight.setValue(60);
        assertThat(editor.form.keyResults.weightTotal.getText()).isEqualTo("Weights: 60 / 100");
        assertThat(editor.form.keyResults.weightTotal.getClassNames()).contains("ladder-weight-off");

        editor.save.click();

        assertThat(editor.form.title.isInvalid()).isTrue();
        assertThat(editor.form.title.getErrorMessage()).isNotBlank();
        assertThat(editor.form.keyResults.isInvalid()).isTrue();
        assertThat(editor.form.keyResults.getErrorMessage())
                .isEqualTo("The weights of the key results add up to 60; they must add up to 100.");
        _get(GoalEditorView.class); // still here: nothing was saved

        editor.form.keyResults.add.click();
        KeyResultEditor.Row second = editor.form.keyResults.rows.get(1);
        second.weight.setValue(40);
        assertThat(editor.form.keyResults.weightTotal.getText()).isEqualTo("Weights: 100 / 100");
        assertThat(editor.form.keyResults.weightTotal.getClassNames()).contains("ladder-weight-ok");
        second.remove.click();
        assertThat(editor.form.keyResults.weightTotal.getText()).isEqualTo("Weights: 60 / 100");
    }

    @Test
    void aKeyResultErrorLandsOnItsRow() {
        login("employee");
        openNew(java.util.Map.of("level", "PERSONAL"));
        GoalEditorView editor = _get(GoalEditorView.class);
        editor.form.showErrors(java.util.Map.of("keyResults[0].target", "The target must differ from the baseline.",
                "status", "Something general."));
        assertThat(editor.form.keyResults.rows.get(0).target.isInvalid()).isTrue();
        assertThat(editor.form.keyResults.rows.get(0).target.getErrorMessage())
                .isEqualTo("The target must differ from the baseline.");
        assertThat(editor.form.formError.isVisible()).isTrue();
        assertThat(editor.form.formError.getText()).isEqualTo("Something general.");
    }

    @Test
    void withoutAParentTheEditorWarnsOfAnOrphanAndSavesADraft() {
        String run = unique("Editor");
        GoalDetails team = fixtures.teamGoal("Team " + run, null);
        login("employee");
        openNew(java.util.Map.of("level", "PERSONAL", "parent", String.valueOf(team.id())));
        GoalEditorView editor = _get(GoalEditorView.class);
        assertThat(editor.form.parent.getValue().id()).isEqualTo(team.id());
        assertThat(editor.form.orphanHint.isVisible()).isFalse();
        editor.form.parent.clear();
        assertThat(editor.form.orphanHint.isVisible()).isTrue();
        editor.form.parent.setValue(ref(team));
        assertThat(editor.form.orphanHint.isVisible()).isFalse();

        editor.form.title.setValue("Mine " + run);
        KeyResultEditor.Row kr = editor.form.keyResults.rows.get(0);
        kr.name.setValue("Cases solved");
        kr.target.setValue(BigDecimal.valueOf(10));
        kr.unit.setValue("cases");
        assertThat(kr.weight.getValue()).isEqualTo(100);
        editor.save.click();
        NotificationsKt.expectNotifications("Draft saved. Submit it for approval when it is ready.");
        _get(GoalPage.class);
        assertThat(_get(H2.class, h -> h.withId("goal-title")).getText()).isEqualTo("Mine " + run);
    }

    @Test
    void aStaleSaveIsRefusedWithAReloadAndKeepsTheInput() {
        String run = unique("Stale");
        GoalDetails mine = fixtures.personalDraft("employee", "Mine " + run, null, Visibility.PUBLIC);
        login("employee");
        navigate("goal/" + mine.id() + "/edit");
        GoalEditorView editor = _get(GoalEditorView.class);
        assertThat(editor.form.title.getValue()).isEqualTo("Mine " + run);

        // someone else saves first
        fixtures.signedIn().as("employee");
        fixtures.service().update(mine.id(), mine.version(), new org.ladder.goals.GoalDraft(GoalLevel.PERSONAL,
                "Theirs " + run, null, null, mine.ownerPersonId(), null, java.util.List.of(), null,
                mine.periodStart(), mine.periodEnd(), Visibility.PUBLIC, GoalFixtures.oneKeyResult(), null));
        login("employee");

        editor.form.title.setValue("My edit " + run);
        editor.save.click();
        Notification conflict = _get(Notification.class, n -> n.withId("goal-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(editor.form.title.getValue()).isEqualTo("My edit " + run); // nothing lost
        _get(GoalEditorView.class);

        _get(Button.class, b -> b.withId("goal-conflict-reload")).click();
        assertThat(editor.form.title.getValue()).isEqualTo("Theirs " + run);
        assertThat(editor.loaded.version()).isGreaterThan(mine.version());
    }

    @Test
    void theServicesMessagesLandOnTheBoundFieldsTheyName() {
        login("employee");
        openNew(java.util.Map.of("level", "PERSONAL"));
        GoalEditorView editor = _get(GoalEditorView.class);
        GoalForm form = editor.form;
        form.title.setValue("x".repeat(org.ladder.goals.GoalLimits.TITLE_MAX_LENGTH + 1));
        form.periodEnd.setValue(form.periodStart.getValue().minusDays(1));
        KeyResultEditor.Row kr = form.keyResults.rows.get(0);
        kr.name.setValue("Cases solved");
        kr.target.setValue(BigDecimal.ZERO); // the same as the baseline
        form.keyResults.add.click();
        KeyResultEditor.Row second = form.keyResults.rows.get(1);
        second.name.setValue("Budget kept");
        second.type.setValue(org.ladder.goals.KeyResultType.CURRENCY);
        second.target.setValue(BigDecimal.TEN);
        kr.weight.setValue(50);
        second.weight.setValue(50);

        editor.save.click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Keep the title under 200 characters.");
        assertThat(form.periodEnd.isInvalid()).isTrue();
        assertThat(form.periodEnd.getErrorMessage()).isEqualTo("The period ends before it starts.");
        assertThat(kr.target.isInvalid()).isTrue();
        assertThat(kr.target.getErrorMessage()).isEqualTo("The target must differ from the baseline.");
        assertThat(second.unit.isInvalid()).isTrue();
        assertThat(second.unit.getErrorMessage()).isEqualTo("Give the currency as a 3-letter code, e.g. EUR.");
        assertThat(form.keyResults.isInvalid()).isFalse(); // the weights add up
        assertThat(form.formError.isVisible()).isFalse(); // every message found its field
        _get(GoalEditorView.class); // nothing was saved

        // correcting the input saves it, with what the fields show
        form.title.setValue("Solve cases faster");
        form.periodEnd.setValue(form.periodStart.getValue().plusMonths(2));
        kr.target.setValue(BigDecimal.valueOf(40));
        second.unit.setValue("EUR");
        editor.save.click();
        NotificationsKt.expectNotifications("Draft saved. Submit it for approval when it is ready.");
        GoalPage page = _get(GoalPage.class);
        assertThat(page.goal.keyResults()).extracting(k -> k.name()).containsExactly("Cases solved", "Budget kept");
        assertThat(page.goal.keyResults().get(1).unit()).isEqualTo("EUR");
    }

    @Test
    void anEditedGoalShowsItsValuesWithoutTrailingZeros() {
        String run = unique("Zeros");
        GoalDetails mine = fixtures.personalDraft("employee", "Mine " + run, null, Visibility.PUBLIC);
        login("employee");
        navigate("goal/" + mine.id() + "/edit");
        GoalEditorView editor = _get(GoalEditorView.class);
        KeyResultEditor.Row kr = editor.form.keyResults.rows.get(0);
        assertThat(kr.name.getValue()).isEqualTo(mine.keyResults().get(0).name());
        assertThat(kr.target.getValue().toPlainString())
                .isEqualTo(mine.keyResults().get(0).target().stripTrailingZeros().toPlainString());
        assertThat(kr.target.getValue().scale()).isLessThanOrEqualTo(0);
    }
}
